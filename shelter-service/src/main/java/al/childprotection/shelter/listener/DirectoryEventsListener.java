package al.childprotection.shelter.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.DirectoryAgencyChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.shelter.service.ShelterDirectory;
import io.smallrye.mutiny.Uni;

/**
 * Who each shelter is, from the directory (decision 19). The view is small, so the channel reads the compacted
 * topic from the start with a consumer group of its own per start: the view rebuilds at every start. Entries are
 * state, not events: applied at every delivery, with no processed-event log (IdempotentConsumer#applyState).
 */
@ApplicationScoped
public class DirectoryEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    DirectoryEventsListener(IdempotentConsumer consumer, ShelterDirectory shelters) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.DIRECTORY)
                .on(EventType.DIRECTORY_AGENCY_CHANGED, DirectoryAgencyChanged.class,
                        (agency, event) -> shelters.changed(agency))
                .ignore(EventType.DIRECTORY_UNIT_CHANGED, EventType.DIRECTORY_STATION_CHANGED,
                        EventType.DIRECTORY_MEMBER_CHANGED)
                .complete();
    }

    @Incoming("directory-events")
    public Uni<Void> onDirectoryEvent(ConsumerRecord<String, String> record) {
        return consumer.applyState(record, handlers);
    }
}
