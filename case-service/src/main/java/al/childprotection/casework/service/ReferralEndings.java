package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.domain.Closure;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.kit.audit.AuditTrail;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A referral that ends elsewhere ends its work here (decision 18). Redirected, revoked by the station, rejected,
 * closed, or its consent withdrawn with no legal basis to go on: every task still to do of the referral's case is
 * cancelled and the case closes, with the ending as its reason. A case that another referral joined stays open for
 * that one: only the ended referral's tasks stop. A redirection then opens the child's case at the new CPU.
 * In the consuming transaction; an ending met again finds no open case and changes nothing.
 */
@ApplicationScoped
public class ReferralEndings {

    /** Who referral-service names when it closes a referral because its case here closed: nothing left to end. */
    static final String CASE_SERVICE = "case-service";

    private static final Logger LOG = Logger.getLogger(ReferralEndings.class);

    private final ProtectionCaseRepository cases;
    private final FollowUpTaskRepository tasks;
    private final CaseClosure closure;
    private final CaseService intake;
    private final Timeline timeline;
    private final AuditTrail audit;

    ReferralEndings(ProtectionCaseRepository cases, FollowUpTaskRepository tasks, CaseClosure closure,
            CaseService intake, Timeline timeline, AuditTrail audit) {
        this.cases = cases;
        this.tasks = tasks;
        this.closure = closure;
        this.intake = intake;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** The old CPU's case ends (the new CPU's, should the event come again, is not touched); the new one opens. */
    public Uni<Void> redirected(ReferralRedirected redirected, String correlationId) {
        String note = "to " + redirected.toCpuCode() + ": " + redirected.reason();
        return end(redirected.referralId(), Closure.Ending.REDIRECTED, redirected.by(), note,
                "the referral was redirected to " + redirected.toCpuCode(), null, correlationId,
                found -> !found.cpuCode.equals(redirected.toCpuCode()),
                found -> timeline.record(found, "REDIRECTED_AWAY", redirected.by(),
                        "referral " + redirected.referralId() + " " + note, Instant.now()))
                // the cancellations first: the new CPU's first-contact task may stand only beside a cancelled one
                .call(tasks::flush)
                .chain(() -> intake.takeOnRedirect(redirected, correlationId));
    }

    public Uni<Void> revoked(ReferralRevoked revoked, String correlationId) {
        return end(revoked.referralId(), Closure.Ending.REVOKED, revoked.by(),
                "revoked by " + revoked.stationCode() + ": " + revoked.reason(),
                "the referral was revoked by the police station", null, correlationId);
    }

    public Uni<Void> rejected(ReferralRejected rejected, String correlationId) {
        return end(rejected.referralId(), Closure.Ending.REJECTED, rejected.by(), "rejected: " + rejected.reason(),
                "the referral was rejected", null, correlationId);
    }

    /** A referral closed because its case here closed has nothing left to end. */
    public Uni<Void> closed(ReferralClosed closed, String correlationId) {
        if (CASE_SERVICE.equals(closed.by())) {
            return Uni.createFrom().voidItem();
        }
        return end(closed.referralId(), Closure.Ending.CLOSED, closed.by(), "referral closed: " + closed.outcome(),
                "the referral was closed", closed.outcome(), correlationId);
    }

    /** With a legal basis to go on the referral continues, and so does its case. */
    public Uni<Void> consentWithdrawn(ReferralConsentWithdrawn withdrawn, String correlationId) {
        if (withdrawn.continues()) {
            return Uni.createFrom().voidItem();
        }
        return end(withdrawn.referralId(), Closure.Ending.CONSENT_WITHDRAWN, withdrawn.by(),
                "consent withdrawn, no legal basis to go on", "the consent was withdrawn", null, correlationId);
    }

    private Uni<Void> end(UUID referralId, Closure.Ending ending, String by, String note, String cancelReason,
            String outcome, String correlationId) {
        return end(referralId, ending, by, note, cancelReason, outcome, correlationId, found -> true,
                found -> Uni.createFrom().voidItem());
    }

    private Uni<Void> end(UUID referralId, Closure.Ending ending, String by, String note, String cancelReason,
            String outcome, String correlationId, Predicate<ProtectionCase> concerned,
            Function<ProtectionCase, Uni<Void>> first) {
        return cases.openServing(referralId).chain(open -> Multi.createFrom().iterable(open)
                .filter(concerned)
                .onItem().transformToUniAndConcatenate(found -> first.apply(found)
                        .chain(() -> endIn(found, referralId, ending, by, note, cancelReason, outcome,
                                correlationId != null ? correlationId : found.correlationId)))
                .collect().asList())
                .replaceWithVoid();
    }

    private Uni<Void> endIn(ProtectionCase found, UUID referralId, Closure.Ending ending, String by, String note,
            String cancelReason, String outcome, String correlationId) {
        return tasks.referralsOfCase(found.id).chain(served -> {
            List<UUID> others = served.stream().filter(other -> !other.equals(referralId)).toList();
            if (!others.isEmpty()) {
                LOG.infof("case %s also serves %s: only the tasks of referral %s (%s) are cancelled", found.id, others,
                        referralId, ending);
                return closure.cancelActive(found, tasks.listForReferral(found.id, referralId), by, cancelReason,
                        Instant.now(), correlationId)
                        .chain(() -> timeline.record(found, "REFERRAL_" + ending, by,
                                "referral " + referralId + " " + note, Instant.now()));
            }
            return audit.record("case.closed", CaseMapper.audited(found))
                    .chain(() -> closure.end(found, ending.name(),
                            outcome == null || outcome.isBlank() ? Closure.Outcome.UNKNOWN.name() : outcome, by,
                            ending + ", " + note, cancelReason, correlationId));
        });
    }
}
