package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.CaseStale;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.TaskCancelled;
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.FeedProjection;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * A task assigned to a CPU worker lands in their inbox; an overdue task reaches its assignee and the CPU's
 * supervisors; a task nobody can take, an escalated or cancelled task and a stale case reach whom InboxService says.
 * Every case event goes into the ministry feed.
 */
@ApplicationScoped
public class CaseEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final FeedProjection feed;

    CaseEventsListener(IdempotentConsumer consumer, InboxService inbox, FeedProjection feed) {
        this.consumer = consumer;
        this.feed = feed;
        this.handlers = EventHandlers.forTopic(Topics.CASE)
                .on(EventType.TASK_ASSIGNED, TaskAssigned.class,
                        (task, event) -> inbox.notifyTaskAssigned(task, event.correlationId()))
                .on(EventType.TASK_OVERDUE, TaskOverdue.class,
                        (task, event) -> inbox.notifyTaskOverdue(task, event.id(), event.correlationId()))
                .on(EventType.TASK_UNASSIGNED, TaskUnassigned.class, inbox::notifyTaskUnassigned)
                .on(EventType.TASK_ESCALATED, TaskEscalated.class, inbox::notifyTaskEscalated)
                .on(EventType.TASK_CANCELLED, TaskCancelled.class, inbox::notifyTaskCancelled)
                .on(EventType.CASE_STALE, CaseStale.class, inbox::notifyCaseStale)
                .ignore(EventType.CASE_OPENED, EventType.CASE_CLOSED, EventType.TASK_COMPLETED,
                        EventType.PLAN_APPROVED, EventType.CASE_PLACEMENT_REQUESTED)
                .complete();
    }

    @Incoming("case-events")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> handlers.apply(event).chain(() -> feed.record(event)));
    }
}
