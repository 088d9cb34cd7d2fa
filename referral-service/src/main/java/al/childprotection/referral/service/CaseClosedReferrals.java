package al.childprotection.referral.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.CaseClosed;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.Referral.Status;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.repository.ReferralRepository;
import al.childprotection.referral.repository.ReferralStepRepository;
import io.smallrye.mutiny.Uni;

/**
 * A case closed at the CPU closes the referral it was opened for, with the case's outcome: a timeline step and
 * {@code referral.closed}, as when the CPU closes the referral itself. A referral already closed or revoked stays,
 * and so does one whose case closed because the referral itself ended or moved (decision 18): that closure follows
 * the referral and never leads it, and a case of a CPU the referral has left does not speak for it.
 */
@ApplicationScoped
public class CaseClosedReferrals {

    /** The actor of a step that case-service's event caused. */
    static final String CASE_SERVICE = "case-service";

    /** Reasons case-service closes a case with when the referral ended or moved first. */
    private static final Set<String> REFERRAL_ENDINGS = Set.of("REDIRECTED", "REVOKED", "REJECTED", "CLOSED",
            "CONSENT_WITHDRAWN");

    private static final Logger LOG = Logger.getLogger(CaseClosedReferrals.class);

    private final ReferralRepository referrals;
    private final ReferralStepRepository steps;
    private final Outbox outbox;

    CaseClosedReferrals(ReferralRepository referrals, ReferralStepRepository steps, Outbox outbox) {
        this.referrals = referrals;
        this.steps = steps;
        this.outbox = outbox;
    }

    /** In the consuming transaction; a case of a referral this service does not know fails and is retried. */
    public Uni<Void> caseClosed(CaseClosed closed) {
        return referrals.findById(closed.referralId())
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "no referral " + closed.referralId() + " for closed case " + closed.caseId()))
                .chain(referral -> {
                    if (REFERRAL_ENDINGS.contains(closed.reason()) || !referral.cpuCode.equals(closed.cpuCode())) {
                        LOG.infof("case %s closed (%s) after referral %s ended or moved; nothing to do",
                                closed.caseId(), closed.reason(), referral.id);
                        return Uni.createFrom().voidItem();
                    }
                    if (referral.status == Status.CLOSED || referral.status == Status.REVOKED) {
                        LOG.infof("referral %s is already %s; case %s closed", referral.id, referral.status,
                                closed.caseId());
                        return Uni.createFrom().voidItem();
                    }
                    Status from = referral.status;
                    referral.status = Status.CLOSED;
                    referral.outcome = closed.outcome();
                    return outbox.append(EventType.REFERRAL_CLOSED, referral.id, new ReferralClosed(referral.id,
                            referral.cpuCode, referral.municipality, CASE_SERVICE, closed.outcome(),
                            closed.closedAt()), referral.correlationId)
                            .chain(() -> steps.persist(ReferralStep.of(referral, from, CASE_SERVICE,
                                    "case " + closed.caseId() + " closed: " + closed.reason() + ", "
                                            + closed.outcome(), closed.closedAt())))
                            .replaceWithVoid();
                });
    }
}
