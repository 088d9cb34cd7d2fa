package al.childprotection.referral.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.CaseClosed;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskCompleted;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.referral.service.CaseClosedReferrals;
import al.childprotection.referral.service.FirstContactTracking;
import al.childprotection.referral.service.UnassignedTasks;
import io.smallrye.mutiny.Uni;

/**
 * From case-service: the first-contact task sets the referral's first-contact deadline and its completion ends it;
 * a task nobody could take shows on the referral until it is assigned; a closed case closes its referral.
 */
@ApplicationScoped
public class CaseEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    CaseEventsListener(IdempotentConsumer consumer, FirstContactTracking firstContact,
            CaseClosedReferrals closedCases, UnassignedTasks unassigned) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.CASE)
                .on(EventType.TASK_ASSIGNED, TaskAssigned.class,
                        (task, event) -> firstContact.taskAssigned(task).chain(() -> unassigned.taskAssigned(task)))
                .on(EventType.TASK_UNASSIGNED, TaskUnassigned.class,
                        (task, event) -> unassigned.taskUnassigned(task))
                .on(EventType.TASK_COMPLETED, TaskCompleted.class,
                        (task, event) -> firstContact.taskCompleted(task))
                .on(EventType.CASE_CLOSED, CaseClosed.class, (closed, event) -> closedCases.caseClosed(closed))
                .ignore(EventType.CASE_OPENED, EventType.TASK_OVERDUE, EventType.TASK_ESCALATED, EventType.TASK_CANCELLED, EventType.CASE_STALE, EventType.PLAN_APPROVED, EventType.CASE_PLACEMENT_REQUESTED)
                .complete();
    }

    @Incoming("case-events")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
