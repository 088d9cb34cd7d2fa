package al.childprotection.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralAccepted;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.referral.config.SlaConfig;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.Referral.Status;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.referral.repository.ReferralRepository;
import al.childprotection.referral.repository.ReferralStepRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What the responsible CPU does with a referral: created → acknowledged → accepted | rejected (with a reason) |
 * redirected to another CPU (with a reason) → closed (with an outcome). Nothing is ever dropped: a rejected
 * referral stays with the rejecting CPU until it is redirected. The sending police station may revoke it, with a
 * reason, until a CPU has accepted it. Each step is an event and a timeline entry.
 */
@ApplicationScoped
public class ReferralLifecycle {

    private enum Transition {
        ACKNOWLEDGE(Set.of(Status.CREATED, Status.REDIRECTED), Status.ACKNOWLEDGED, "acknowledged"),
        ACCEPT(Set.of(Status.ACKNOWLEDGED), Status.ACCEPTED, "accepted"),
        REJECT(Set.of(Status.ACKNOWLEDGED), Status.REJECTED, "rejected"),
        REDIRECT(Set.of(Status.CREATED, Status.ACKNOWLEDGED, Status.REJECTED, Status.REDIRECTED), Status.REDIRECTED,
                "redirected"),
        CLOSE(Set.of(Status.ACCEPTED), Status.CLOSED, "closed"),
        REVOKE(Set.of(Status.CREATED, Status.ACKNOWLEDGED, Status.REJECTED, Status.REDIRECTED), Status.REVOKED,
                "revoked"),
        // consent withdrawn: the referral goes on where it stands on a legal basis, or is closed without one
        CONTINUE_WITHOUT_CONSENT(Set.of(Status.CREATED, Status.ACKNOWLEDGED, Status.ACCEPTED, Status.REJECTED,
                Status.REDIRECTED), null, "continued-without-consent"),
        CLOSE_ON_WITHDRAWN_CONSENT(Set.of(Status.CREATED, Status.ACKNOWLEDGED, Status.ACCEPTED, Status.REJECTED,
                Status.REDIRECTED), Status.CLOSED, "closed-on-withdrawn-consent");

        final Set<Status> from;
        /** null: the status stays as it is. */
        final Status to;
        final String pastTense;

        Transition(Set<Status> from, Status to, String pastTense) {
            this.from = from;
            this.to = to;
            this.pastTense = pastTense;
        }
    }

    /** The outcome of a referral closed because consent was withdrawn and no law lets it go on. */
    public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

    private final ReferralRepository referrals;
    private final ReferralStepRepository steps;
    private final ChildProtectionUnitRepository directory;
    private final Outbox outbox;
    private final SlaConfig sla;
    private final AuditTrail audit;

    ReferralLifecycle(ReferralRepository referrals, ReferralStepRepository steps,
            ChildProtectionUnitRepository directory, Outbox outbox, SlaConfig sla, AuditTrail audit) {
        this.referrals = referrals;
        this.steps = steps;
        this.directory = directory;
        this.outbox = outbox;
        this.sla = sla;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Referral> acknowledge(UUID id, Caller caller) {
        return move(id, caller, Transition.ACKNOWLEDGE, null, (referral, at) -> outbox.append(
                EventType.REFERRAL_ACKNOWLEDGED, referral.id,
                new ReferralAcknowledged(referral.id, referral.cpuCode, referral.municipality, caller.username(), at),
                referral.correlationId));
    }

    @WithTransaction
    public Uni<Referral> accept(UUID id, Caller caller) {
        return move(id, caller, Transition.ACCEPT, null, (referral, at) -> outbox.append(EventType.REFERRAL_ACCEPTED,
                referral.id,
                new ReferralAccepted(referral.id, referral.cpuCode, referral.municipality, caller.username(), at),
                referral.correlationId));
    }

    @WithTransaction
    public Uni<Referral> reject(UUID id, Caller caller, String reason) {
        return move(id, caller, Transition.REJECT, reason, (referral, at) -> {
            referral.reason = reason;
            return outbox.append(EventType.REFERRAL_REJECTED, referral.id, new ReferralRejected(referral.id,
                    referral.cpuCode, referral.municipality, caller.username(), reason, at), referral.correlationId);
        });
    }

    /** Moves the referral to another CPU, whose acknowledgement clock starts afresh. */
    @WithTransaction
    public Uni<Referral> redirect(UUID id, Caller caller, String toCpuCode, String reason) {
        return directory.findById(toCpuCode).chain(target -> {
            if (target == null || !target.active) {
                throw RequestRejectedException.conflicting("cpuCode", "must name an active CPU");
            }
            return move(id, caller, Transition.REDIRECT, reason, (referral, at) -> {
                if (referral.cpuCode.equals(target.code)) {
                    throw RequestRejectedException.conflicting("cpuCode", "the referral is already with " + target.code);
                }
                String from = referral.cpuCode;
                referral.cpuCode = target.code;
                referral.municipality = target.municipality;
                referral.reason = reason;
                referral.acknowledgeBy = sla.acknowledge().deadline(at, referral.priority);
                referral.escalationLevel = null;
                referral.escalatedAt = null;
                return outbox.append(EventType.REFERRAL_REDIRECTED, referral.id,
                        ReferralMapper.toRedirected(referral, from, target, caller.username(), at),
                        referral.correlationId);
            });
        });
    }

    @WithTransaction
    public Uni<Referral> close(UUID id, Caller caller, String outcome) {
        return move(id, caller, Transition.CLOSE, outcome, (referral, at) -> {
            referral.outcome = outcome;
            return outbox.append(EventType.REFERRAL_CLOSED, referral.id, new ReferralClosed(referral.id,
                    referral.cpuCode, referral.municipality, caller.username(), outcome, at), referral.correlationId);
        });
    }

    /**
     * The child or guardian withdrew the consent the referral was made with, as the CPU holding it records it. With a
     * legal basis the referral goes on where it stands, in the child's best interest; without one it is closed, its
     * outcome {@value #CONSENT_WITHDRAWN}. A referral made without consent has none to withdraw.
     */
    @WithTransaction
    public Uni<Referral> withdrawConsent(UUID id, Caller caller, String by, String legalBasis, String reason) {
        boolean continues = legalBasis != null;
        Transition transition = continues ? Transition.CONTINUE_WITHOUT_CONSENT : Transition.CLOSE_ON_WITHDRAWN_CONSENT;
        String note = "consent withdrawn" + (by == null ? "" : " by " + by) + ": " + reason
                + (continues ? "; continues on " + legalBasis : "; closed");
        return move(id, caller, transition, note, referral -> {
            caller.requireWorksIn(referral.municipality, "referral " + id);
            if (referral.consent == ConsentGround.BEST_INTEREST_OF_THE_CHILD) {
                throw RequestRejectedException.conflict("the referral goes on without consent, on "
                        + referral.legalBasis + ": there is no consent to withdraw");
            }
        }, (referral, at) -> {
            referral.consentWithdrawnAt = at;
            referral.consentWithdrawnBy = by;
            referral.consentWithdrawalReason = reason;
            if (continues) {
                referral.consent = ConsentGround.BEST_INTEREST_OF_THE_CHILD;
                referral.legalBasis = legalBasis;
            } else {
                referral.outcome = CONSENT_WITHDRAWN;
            }
            return outbox.append(EventType.REFERRAL_CONSENT_WITHDRAWN, referral.id, new ReferralConsentWithdrawn(
                    referral.id, referral.cpuCode, referral.municipality, caller.username(), continues,
                    legalBasis, at), referral.correlationId);
        });
    }

    /** The police station that sent the referral withdraws it; once a CPU has accepted it, the CPU closes it. */
    @WithTransaction
    public Uni<Referral> revoke(UUID id, Caller caller, String reason) {
        String station = caller.requirePoliceStation();
        return move(id, caller, Transition.REVOKE, reason, referral -> {
            if (!station.equals(referral.stationCode)) {
                throw RequestRejectedException.outOfScope("referral " + id);
            }
        }, (referral, at) -> {
            referral.reason = reason;
            return outbox.append(EventType.REFERRAL_REVOKED, referral.id, new ReferralRevoked(referral.id,
                    referral.cpuCode, referral.municipality, station, caller.username(), reason, at),
                    referral.correlationId);
        });
    }

    private interface Effect {
        Uni<?> apply(Referral referral, Instant at);
    }

    /**
     * A step taken by the responsible CPU: only someone working in its municipality may take it. Its audit record is
     * written first, in the step's transaction, naming the referral as it stood: a step refused further on
     * (a redirection to the CPU that already has it) rolls it back with everything else.
     */
    private Uni<Referral> move(UUID id, Caller caller, Transition transition, String note, Effect effect) {
        return move(id, caller, transition, note,
                referral -> caller.requireWorksIn(referral.municipality, "referral " + id), effect);
    }

    private Uni<Referral> move(UUID id, Caller caller, Transition transition, String note,
            Consumer<Referral> scope, Effect effect) {
        // as the database keeps it, so that an event and the referral read back name the same instant
        Instant at = StoredTime.now();
        return referrals.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("referral " + id))
                .invoke(scope)
                .invoke(referral -> {
                    if (!transition.from.contains(referral.status)) {
                        throw RequestRejectedException.conflict("a referral that is " + referral.status
                                + " cannot be " + transition.pastTense);
                    }
                })
                .call(referral -> audit.record("referral." + transition.pastTense, ReferralMapper.audited(referral)))
                .chain(referral -> {
                    Status from = referral.status;
                    referral.status = transition.to == null ? from : transition.to;
                    return effect.apply(referral, at)
                            .chain(() -> steps.persist(ReferralStep.of(referral, from, caller.username(), note, at)))
                            .replaceWith(referral);
                });
    }
}
