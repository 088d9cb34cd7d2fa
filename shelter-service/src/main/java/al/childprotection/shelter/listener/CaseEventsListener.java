package al.childprotection.shelter.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.CasePlacementRequested;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.PlacementRequest.Origin;
import al.childprotection.shelter.service.KnownRecords;
import al.childprotection.shelter.service.PlacementNeed;
import al.childprotection.shelter.service.PlacementRequestService;
import io.smallrye.mutiny.Uni;

/**
 * A risk assessment that finds immediate risk asks for a bed for the child: a placement request. Each case opened
 * is kept with its municipality, so that a person's request naming it is checked against it.
 */
@ApplicationScoped
public class CaseEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    CaseEventsListener(IdempotentConsumer consumer, PlacementRequestService requests, KnownRecords known) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.CASE)
                .on(EventType.CASE_OPENED, CaseOpened.class, (opened, event) -> known.caseOpened(opened))
                .on(EventType.CASE_PLACEMENT_REQUESTED, CasePlacementRequested.class,
                        (asked, event) -> requests.requestOnce(new PlacementNeed(Origin.CASE, BedKind.CHILD_ALONE,
                                1, null, asked.municipality(), asked.cpuCode(), asked.referralId(), asked.caseId(),
                                null, event.source(), event.correlationId())))
                .ignore(EventType.TASK_ASSIGNED, EventType.CASE_CLOSED, EventType.TASK_COMPLETED, EventType.TASK_OVERDUE, EventType.TASK_UNASSIGNED, EventType.TASK_ESCALATED, EventType.TASK_CANCELLED, EventType.CASE_STALE, EventType.PLAN_APPROVED)
                .complete();
    }

    @Incoming("case-events")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
