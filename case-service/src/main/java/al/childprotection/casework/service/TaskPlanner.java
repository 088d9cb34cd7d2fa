package al.childprotection.casework.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.kit.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * Gives a case a new task: to the worker on the case, else the CPU's least busy worker, else its supervisor
 * (flagged); announced with {@code task.assigned} and written on the timeline, or, with nobody to take it, left
 * unassigned and announced with {@code task.unassigned}. In the caller's transaction.
 */
@ApplicationScoped
public class TaskPlanner {

    private final FollowUpTaskRepository tasks;
    private final TaskAssignment assignment;
    private final Outbox outbox;
    private final Timeline timeline;
    private final UnassignedTasks unassigned;

    TaskPlanner(FollowUpTaskRepository tasks, TaskAssignment assignment, Outbox outbox, Timeline timeline,
            UnassignedTasks unassigned) {
        this.unassigned = unassigned;
        this.tasks = tasks;
        this.assignment = assignment;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    /** A task of the case, due at {@code dueAt}; {@code referralId} is the referral it serves (else the case's). */
    public Uni<FollowUpTask> open(ProtectionCase protectionCase, FollowUpTask.Kind kind, String title,
            Priority priority, UUID referralId, Instant dueAt) {
        return open(protectionCase, kind, title, priority, referralId, dueAt, protectionCase.correlationId);
    }

    /** As above, for a task caused by an event that carries its own correlation id (a referral's intake). */
    public Uni<FollowUpTask> open(ProtectionCase protectionCase, FollowUpTask.Kind kind, String title,
            Priority priority, UUID referralId, Instant dueAt, String correlationId) {
        return open(protectionCase, kind, title, priority, referralId, dueAt, correlationId,
                assignment.choose(protectionCase));
    }

    /** A task for the CPU's supervisor, whoever works on the case. */
    public Uni<FollowUpTask> openForSupervisor(ProtectionCase protectionCase, FollowUpTask.Kind kind, String title,
            Instant dueAt) {
        return open(protectionCase, kind, title, Priority.NORMAL, null, dueAt, protectionCase.correlationId,
                assignment.supervisorOf(protectionCase));
    }

    private Uni<FollowUpTask> open(ProtectionCase protectionCase, FollowUpTask.Kind kind, String title,
            Priority priority, UUID referralId, Instant dueAt, String correlationId, Uni<TaskAssignment.Choice> chosen) {
        return chosen.chain(choice -> {
            Instant now = Instant.now();
            FollowUpTask task = CaseMapper.toTask(protectionCase, kind, title, priority,
                    referralId != null ? referralId : protectionCase.origin(), choice, dueAt, now);
            if (protectionCase.worker == null && choice.assignee() != null && !choice.supervisor()) {
                protectionCase.worker = choice.assignee();
            }
            Uni<FollowUpTask> stored = tasks.persist(task)
                    .call(t -> timeline.record(protectionCase, "TASK_CREATED", Timeline.PLATFORM,
                            kind + (t.assignee == null ? ", unassigned" : " for " + t.assignee) + ", due " + dueAt,
                            now));
            if (choice.nobody()) {
                return stored.call(t -> unassigned.leave(t, protectionCase, correlationId,
                        protectionCase.cpuCode + " has nobody who may take it", now));
            }
            return stored.call(t -> outbox.append(EventType.TASK_ASSIGNED, protectionCase.id,
                    CaseMapper.toAssigned(t, protectionCase), correlationId));
        });
    }
}
