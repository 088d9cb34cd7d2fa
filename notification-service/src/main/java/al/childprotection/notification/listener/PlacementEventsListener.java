package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.PlacementEscalated;
import al.childprotection.contracts.PlacementOverstayed;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.FeedProjection;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * A placement request reaches the shelter's staff; no bed anywhere reaches the CPU's supervisors and SARPC; a stay
 * past its end reaches the shelter's staff and the CPU's supervisors. Every placement event goes into the ministry
 * feed.
 */
@ApplicationScoped
public class PlacementEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final FeedProjection feed;

    PlacementEventsListener(IdempotentConsumer consumer, InboxService inbox, FeedProjection feed) {
        this.consumer = consumer;
        this.feed = feed;
        this.handlers = EventHandlers.forTopic(Topics.PLACEMENT)
                .on(EventType.PLACEMENT_REQUESTED, PlacementRequested.class, inbox::notifyPlacementRequested)
                .on(EventType.PLACEMENT_ESCALATED, PlacementEscalated.class, inbox::notifyPlacementEscalated)
                .on(EventType.PLACEMENT_OVERSTAYED, PlacementOverstayed.class, inbox::notifyOverstayed)
                .ignore(EventType.PLACEMENT_ADMITTED, EventType.PLACEMENT_DISCHARGED,
                        EventType.PLACEMENT_CAPACITY_CHANGED)
                .complete();
    }

    @Incoming("placement-events")
    public Uni<Void> onPlacementEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> handlers.apply(event).chain(() -> feed.record(event)));
    }
}
