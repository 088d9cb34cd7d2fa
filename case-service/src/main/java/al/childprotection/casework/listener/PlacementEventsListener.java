package al.childprotection.casework.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.casework.service.PlacementFollowUp;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/** A shelter admission asks the child's case for a placement review; a discharge for a reintegration follow-up. */
@ApplicationScoped
public class PlacementEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    PlacementEventsListener(IdempotentConsumer consumer, PlacementFollowUp followUp) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.PLACEMENT)
                .on(EventType.PLACEMENT_ADMITTED, PlacementAdmitted.class,
                        (placement, event) -> followUp.admitted(placement))
                .on(EventType.PLACEMENT_DISCHARGED, PlacementDischarged.class,
                        (placement, event) -> followUp.discharged(placement))
                .ignore(EventType.PLACEMENT_REQUESTED, EventType.PLACEMENT_CAPACITY_CHANGED, EventType.PLACEMENT_ESCALATED, EventType.PLACEMENT_OVERSTAYED)
                .complete();
    }

    @Incoming("placement-events")
    public Uni<Void> onPlacementEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
