package al.childprotection.notification.listener;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.MalformedEventException;
import al.childprotection.kit.cloudevents.UnknownEventTypeException;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.notification.service.RecipientDirectory;
import io.smallrye.mutiny.Uni;

/**
 * The directory's members become the recipients of notices; units, stations and agencies are no one's inbox. The
 * channel reads the compacted topic from its start with a consumer group of its own. No processed-event log: the
 * view applies an entry only when it is not older than what it holds, so a replay is harmless and, after the view
 * is emptied, rebuilds it.
 */
@ApplicationScoped
public class DirectoryEventsListener {

    private static final Logger LOG = Logger.getLogger(DirectoryEventsListener.class);
    private static final int RETRIES = 8;

    private final EventHandlers handlers;

    DirectoryEventsListener(RecipientDirectory directory) {
        this.handlers = EventHandlers.forTopic(Topics.DIRECTORY)
                .on(EventType.DIRECTORY_MEMBER_CHANGED, DirectoryMemberChanged.class,
                        (member, event) -> directory.apply(member))
                .ignore(EventType.DIRECTORY_UNIT_CHANGED, EventType.DIRECTORY_STATION_CHANGED,
                        EventType.DIRECTORY_AGENCY_CHANGED)
                .complete();
    }

    @Incoming("directory-events")
    public Uni<Void> onDirectoryEvent(ConsumerRecord<String, String> record) {
        return Uni.createFrom().item(() -> CloudEvent.fromKafka(record))
                .chain(event -> handlers.apply(event)
                        .onFailure(DirectoryEventsListener::worthRetrying)
                        .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(RETRIES)
                        .onFailure().invoke(e -> LOG.errorf(e, "directory entry %s (%s) goes to the dead-letter "
                                + "topic", record.key(), event.type())))
                .replaceWithVoid();
    }

    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof MalformedEventException || failure instanceof UnknownEventTypeException
                || failure instanceof IllegalArgumentException);
    }
}
