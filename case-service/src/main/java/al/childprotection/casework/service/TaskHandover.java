package al.childprotection.casework.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.TaskReassignment;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.repository.TaskReassignmentRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Tasks follow the roster. A member who leaves a CPU hands each open task back to its supervisor, who reassigns it
 * (recorded as a reassignment by the platform, announced, on the timeline); with no supervisor it waits unassigned.
 * A member who joins takes the CPU's waiting tasks, the oldest first, spread as a new task would be. In the
 * caller's transaction.
 */
@ApplicationScoped
public class TaskHandover {

    private final FollowUpTaskRepository tasks;
    private final ProtectionCaseRepository cases;
    private final TaskReassignmentRepository reassignments;
    private final TaskAssignment assignment;
    private final UnassignedTasks unassigned;
    private final Outbox outbox;
    private final Timeline timeline;

    TaskHandover(FollowUpTaskRepository tasks, ProtectionCaseRepository cases,
            TaskReassignmentRepository reassignments, TaskAssignment assignment, UnassignedTasks unassigned,
            Outbox outbox, Timeline timeline) {
        this.tasks = tasks;
        this.cases = cases;
        this.reassignments = reassignments;
        this.assignment = assignment;
        this.unassigned = unassigned;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    /** {@code username} no longer works in {@code cpuCode} (already so on the roster). */
    public Uni<Void> handBack(String username, String cpuCode) {
        String why = username + " left " + cpuCode;
        return tasks.heldBy(username).chain(held -> Multi.createFrom().iterable(held)
                .onItem().transformToUniAndConcatenate(task -> cases.findById(task.caseId)
                        .chain(protectionCase -> handBack(task, protectionCase, why)))
                .collect().last()
                .replaceWithVoid());
    }

    private Uni<Void> handBack(FollowUpTask task, ProtectionCase protectionCase, String why) {
        Instant now = Instant.now();
        if (task.assignee.equals(protectionCase.worker)) {
            protectionCase.worker = null;
        }
        return assignment.supervisorOf(protectionCase).chain(supervisor -> {
            if (supervisor.nobody()) {
                return unassigned.leave(task, protectionCase, protectionCase.correlationId, why, now);
            }
            TaskReassignment move = CaseMapper.toReassignment(task, supervisor.assignee(), Timeline.PLATFORM, why,
                    now);
            task.assignee = supervisor.assignee();
            task.assignedToSupervisor = true;
            return reassignments.persist(move)
                    .chain(() -> announce(task, protectionCase, "TASK_REASSIGNED", task.kind + " from "
                            + move.fromAssignee + " to " + move.toAssignee + ": " + why, now));
        });
    }

    /** Someone became active in {@code cpuCode}: its waiting tasks go out as new ones would. */
    public Uni<Void> takeWaiting(String cpuCode) {
        return tasks.waitingIn(cpuCode).chain(waiting -> Multi.createFrom().iterable(waiting)
                .onItem().transformToUniAndConcatenate(task -> cases.findById(task.caseId)
                        .chain(protectionCase -> take(task, protectionCase))
                        // the next choice counts this one among the assignee's open tasks
                        .call(tasks::flush))
                .collect().last()
                .replaceWithVoid());
    }

    private Uni<Void> take(FollowUpTask task, ProtectionCase protectionCase) {
        return assignment.chooseAgain(task, protectionCase).chain(choice -> {
            if (choice.nobody()) {
                return Uni.createFrom().voidItem();
            }
            task.assignee = choice.assignee();
            task.assignedToSupervisor = choice.supervisor();
            task.status = FollowUpTask.Status.OPEN;
            if (protectionCase.worker == null && !choice.supervisor()) {
                protectionCase.worker = choice.assignee();
            }
            return announce(task, protectionCase, "TASK_ASSIGNED",
                    task.kind + " for " + task.assignee + ", who joined " + protectionCase.cpuCode, Instant.now());
        });
    }

    private Uni<Void> announce(FollowUpTask task, ProtectionCase protectionCase, String kind, String note,
            Instant now) {
        return timeline.record(protectionCase, kind, Timeline.PLATFORM, note, now)
                .chain(() -> outbox.append(EventType.TASK_ASSIGNED, protectionCase.id,
                        CaseMapper.toAssigned(task, protectionCase), protectionCase.correlationId));
    }
}
