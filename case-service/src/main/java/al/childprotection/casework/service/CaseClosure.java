package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.Closure;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Closing a case: a reason and an outcome, the tasks still to do cancelled (each announced with
 * {@code task.cancelled}), {@code case.closed} for referral-service to close the case's referral, and the timeline
 * entry. A worker closes a case by hand; a referral that ends elsewhere closes it through {@link ReferralEndings}.
 */
@ApplicationScoped
public class CaseClosure {

    private final CaseAccess access;
    private final FollowUpTaskRepository tasks;
    private final Outbox outbox;
    private final Timeline timeline;
    private final AuditTrail audit;

    CaseClosure(CaseAccess access, FollowUpTaskRepository tasks, Outbox outbox, Timeline timeline,
            AuditTrail audit) {
        this.access = access;
        this.tasks = tasks;
        this.outbox = outbox;
        this.timeline = timeline;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<ProtectionCase> close(UUID id, Caller caller, Closure.Reason reason, Closure.Outcome outcome,
            String note) {
        return access.visible(id, caller)
                .invoke(found -> {
                    if (found.status != ProtectionCase.Status.OPEN) {
                        throw RequestRejectedException.conflict("the case is already " + found.status);
                    }
                })
                .call(found -> audit.record("case.closed", CaseMapper.audited(found)))
                .call(found -> end(found, reason.name(), outcome.name(), caller.username(),
                        reason + ", " + outcome + (note == null ? "" : ": " + note), "the case was closed",
                        found.correlationId));
    }

    /**
     * Closes an open case in the caller's transaction: {@code reason} and {@code outcome} are codes,
     * {@code cancelReason} what each cancelled task says, {@code correlationId} what the events carry.
     */
    public Uni<Void> end(ProtectionCase found, String reason, String outcome, String by, String note,
            String cancelReason, String correlationId) {
        Instant now = Instant.now();
        found.status = ProtectionCase.Status.CLOSED;
        found.closedAt = now;
        found.closedBy = by;
        found.closureReason = reason;
        found.outcome = outcome;
        return cancelActive(found, tasks.listForCase(found.id), by, cancelReason, now, correlationId)
                // case.closed closes the case's referral: a case opened without one has none to close
                .chain(() -> found.referralId == null ? Uni.createFrom().voidItem()
                        : outbox.append(EventType.CASE_CLOSED, found.id, CaseMapper.toClosed(found), correlationId))
                .chain(() -> timeline.record(found, "CASE_CLOSED", by, note, now));
    }

    /** Cancels those of {@code candidates} still to do, each announced with {@code task.cancelled}. */
    public Uni<Void> cancelActive(ProtectionCase protectionCase, Uni<List<FollowUpTask>> candidates,
            String by, String reason, Instant now, String correlationId) {
        return candidates.chain(list -> Multi.createFrom().iterable(list)
                .filter(task -> task.status.active())
                .onItem().transformToUniAndConcatenate(task -> {
                    cancel(task, by, reason, now);
                    return outbox.append(EventType.TASK_CANCELLED, protectionCase.id,
                            CaseMapper.toCancelled(task, protectionCase), correlationId);
                })
                .collect().asList())
                .replaceWithVoid();
    }

    private static void cancel(FollowUpTask task, String by, String reason, Instant now) {
        task.status = FollowUpTask.Status.CANCELLED;
        task.cancelledAt = now;
        task.cancelledBy = by;
        task.cancelReason = reason;
    }
}
