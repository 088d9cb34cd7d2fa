package al.childprotection.intake.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.DirectoryStationChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.intake.service.StationDirectory;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * The stations that may record intakes, from the directory (decision 19). The view is small, so the channel reads
 * the compacted topic from the start with a consumer group of its own per start: the view rebuilds at every start.
 */
@ApplicationScoped
public class DirectoryEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    DirectoryEventsListener(IdempotentConsumer consumer, StationDirectory stations) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.DIRECTORY)
                .on(EventType.DIRECTORY_STATION_CHANGED, DirectoryStationChanged.class,
                        (station, event) -> stations.changed(station))
                .ignore(EventType.DIRECTORY_UNIT_CHANGED, EventType.DIRECTORY_AGENCY_CHANGED,
                        EventType.DIRECTORY_MEMBER_CHANGED)
                .complete();
    }

    @Incoming("directory-events")
    public Uni<Void> onDirectoryEvent(ConsumerRecord<String, String> record) {
        return consumer.applyState(record, handlers);
    }
}
