package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.RecipientDirectory;
import io.smallrye.mutiny.Uni;

/**
 * The directory's members become the recipients of notices; units, stations and agencies are no one's inbox. The
 * channel reads the compacted topic from its start with a consumer group of its own, as state (decision 19).
 */
@ApplicationScoped
public class DirectoryEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    DirectoryEventsListener(IdempotentConsumer consumer, RecipientDirectory directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.DIRECTORY)
                .on(EventType.DIRECTORY_MEMBER_CHANGED, DirectoryMemberChanged.class,
                        (member, event) -> directory.apply(member))
                .ignore(EventType.DIRECTORY_UNIT_CHANGED, EventType.DIRECTORY_STATION_CHANGED,
                        EventType.DIRECTORY_AGENCY_CHANGED)
                .complete();
    }

    @Incoming("directory-events")
    public Uni<Void> onDirectoryEvent(ConsumerRecord<String, String> record) {
        return consumer.applyState(record, handlers);
    }
}
