package al.childprotection.casework.service;

import java.time.Instant;
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
 * Closing a case: a reason and an outcome, the tasks still to do cancelled, {@code case.closed} for referral-service
 * to close the case's referral, and the timeline entry.
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
        Instant now = Instant.now();
        return access.visible(id, caller)
                .invoke(found -> {
                    if (found.status != ProtectionCase.Status.OPEN) {
                        throw RequestRejectedException.conflict("the case is already " + found.status);
                    }
                })
                .call(found -> audit.record("case.closed", CaseMapper.audited(found)))
                .chain(found -> {
                    found.status = ProtectionCase.Status.CLOSED;
                    found.closedAt = now;
                    found.closedBy = caller.username();
                    found.closureReason = reason.name();
                    found.outcome = outcome.name();
                    return tasks.listForCase(found.id)
                            .chain(list -> Multi.createFrom().iterable(list)
                                    .filter(task -> task.status.active())
                                    .invoke(task -> cancel(task, caller.username(), now))
                                    .collect().asList())
                            // case.closed closes the case's referral: a case opened without one has none to close
                            .chain(() -> found.referralId == null ? Uni.createFrom().voidItem()
                                    : outbox.append(EventType.CASE_CLOSED, found.id, CaseMapper.toClosed(found),
                                            found.correlationId))
                            .chain(() -> timeline.record(found, "CASE_CLOSED", caller.username(),
                                    reason + ", " + outcome + (note == null ? "" : ": " + note), now))
                            .replaceWith(found);
                });
    }

    private static void cancel(FollowUpTask task, String by, Instant now) {
        task.status = FollowUpTask.Status.CANCELLED;
        task.cancelledAt = now;
        task.cancelledBy = by;
        task.cancelReason = "the case was closed";
    }
}
