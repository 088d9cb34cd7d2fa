package al.childprotection.casework.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.FollowUpTask.Status;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.TaskReassignment;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.RosterRepository;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.repository.TaskReassignmentRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A task's life: open → in progress → completed, or cancelled with a reason; a supervisor may move it to another
 * worker of the CPU (recorded). The assignee acts on it, or a supervisor of its municipality. A completed first
 * contact brings the needs and risk assessments, due by the SLA of the referral's priority.
 */
@ApplicationScoped
public class TaskLifecycle {

    private static final Set<Status> STARTABLE = EnumSet.of(Status.OPEN);
    private static final Set<Status> COMPLETABLE = EnumSet.of(Status.OPEN, Status.IN_PROGRESS);
    private static final Set<Status> CANCELLABLE = EnumSet.of(Status.OPEN, Status.UNASSIGNED, Status.IN_PROGRESS);

    private final FollowUpTaskRepository tasks;
    private final ProtectionCaseRepository cases;
    private final RosterRepository workers;
    private final TaskReassignmentRepository reassignments;
    private final TaskPlanner planner;
    private final Timeline timeline;
    private final Outbox outbox;
    private final SlaConfig sla;
    private final AuditTrail audit;

    TaskLifecycle(FollowUpTaskRepository tasks, ProtectionCaseRepository cases, RosterRepository workers,
            TaskReassignmentRepository reassignments, TaskPlanner planner, Timeline timeline, Outbox outbox,
            SlaConfig sla, AuditTrail audit) {
        this.tasks = tasks;
        this.cases = cases;
        this.workers = workers;
        this.reassignments = reassignments;
        this.planner = planner;
        this.timeline = timeline;
        this.outbox = outbox;
        this.sla = sla;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<FollowUpTask> start(UUID id, Caller caller) {
        return actOn(id, caller, STARTABLE, "started").chain(task -> {
            task.status = Status.IN_PROGRESS;
            task.startedAt = Instant.now();
            return note(task, "TASK_STARTED", caller.username(), task.kind.name(), task.startedAt);
        });
    }

    @WithTransaction
    public Uni<FollowUpTask> complete(UUID id, Caller caller) {
        return actOn(id, caller, COMPLETABLE, "completed").chain(task -> {
            Instant now = Instant.now();
            task.status = Status.COMPLETED;
            task.completedAt = now;
            task.completedBy = caller.username();
            return cases.findById(task.caseId).chain(protectionCase -> outbox
                    .append(EventType.TASK_COMPLETED, protectionCase.id,
                            CaseMapper.toCompleted(task, protectionCase), protectionCase.correlationId)
                    .chain(() -> timeline.record(protectionCase, "TASK_COMPLETED", caller.username(),
                            task.kind.name(), now))
                    .chain(() -> followUps(task, protectionCase, now))
                    .replaceWith(task));
        });
    }

    @WithTransaction
    public Uni<FollowUpTask> cancel(UUID id, Caller caller, String reason) {
        return actOn(id, caller, CANCELLABLE, "cancelled").chain(task -> {
            task.status = Status.CANCELLED;
            task.cancelledAt = Instant.now();
            task.cancelledBy = caller.username();
            task.cancelReason = reason;
            return note(task, "TASK_CANCELLED", caller.username(), task.kind + ": " + reason, task.cancelledAt);
        });
    }

    /** A supervisor gives the task to another active member of the case's CPU; the move is recorded. */
    @WithTransaction
    public Uni<FollowUpTask> reassign(UUID id, Caller caller, String assignee, String reason) {
        return actOn(id, caller, CANCELLABLE, "reassigned").chain(task -> cases.findById(task.caseId)
                .chain(protectionCase -> workers.findById(assignee).chain(target -> {
                    if (target == null || !target.active || !target.cpuCode.equals(protectionCase.cpuCode)) {
                        throw RequestRejectedException.conflicting("assignee",
                                "'" + assignee + "' is not an active member of " + protectionCase.cpuCode);
                    }
                    if (target.username.equals(task.assignee)) {
                        throw RequestRejectedException.conflicting("assignee", "the task is already theirs");
                    }
                    Instant now = Instant.now();
                    TaskReassignment move = CaseMapper.toReassignment(task, target.username, caller.username(),
                            reason, now);
                    task.assignee = target.username;
                    task.assignedToSupervisor = target.supervisor();
                    if (task.status == Status.UNASSIGNED) {
                        task.status = Status.OPEN;
                    }
                    return reassignments.persist(move)
                            .chain(() -> outbox.append(EventType.TASK_ASSIGNED, protectionCase.id,
                                    CaseMapper.toAssigned(task, protectionCase), protectionCase.correlationId))
                            .chain(() -> timeline.record(protectionCase, "TASK_REASSIGNED", caller.username(),
                                    task.kind + " from " + move.fromAssignee + " to " + move.toAssignee + ": "
                                            + reason, now))
                            .replaceWith(task);
                })));
    }

    /** After the first contact the CPU assesses the child's needs and risks. */
    private Uni<Void> followUps(FollowUpTask done, ProtectionCase protectionCase, Instant now) {
        if (done.kind != FollowUpTask.Kind.FIRST_CONTACT) {
            return Uni.createFrom().voidItem();
        }
        return planner.open(protectionCase, FollowUpTask.Kind.RISK_ASSESSMENT, null, done.priority, done.referralId,
                sla.riskAssessment().deadline(now, done.priority))
                .chain(() -> planner.open(protectionCase, FollowUpTask.Kind.NEEDS_ASSESSMENT, null, done.priority,
                        done.referralId, sla.needsAssessment().deadline(now, done.priority)))
                .replaceWithVoid();
    }

    private Uni<FollowUpTask> note(FollowUpTask task, String kind, String actor, String note, Instant at) {
        return cases.findById(task.caseId)
                .chain(protectionCase -> timeline.record(protectionCase, kind, actor, note, at))
                .replaceWith(task);
    }

    /**
     * A step on the task by its assignee or a supervisor of its municipality. Its audit record is written first, in
     * the step's transaction, naming the task as it stood: a step refused further on (a reassignment to someone
     * outside the CPU) rolls it back with everything else.
     */
    private Uni<FollowUpTask> actOn(UUID id, Caller caller, Set<Status> from, String pastTense) {
        return tasks.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("task " + id))
                .invoke(task -> {
                    caller.requireWorksIn(task.municipality, "task " + id);
                    if (!caller.hasRole(Roles.CPU_SUPERVISOR) && !caller.username().equals(task.assignee)) {
                        throw RequestRejectedException.forbidden("only the task's assignee or a supervisor may act on it");
                    }
                    if (!from.contains(task.status)) {
                        throw RequestRejectedException.conflict("a task that is " + task.status + " cannot be "
                                + pastTense);
                    }
                })
                .call(task -> cases.findById(task.caseId).chain(protectionCase -> audit.record(
                        "task." + pastTense, CaseMapper.audited(task, protectionCase))));
    }
}
