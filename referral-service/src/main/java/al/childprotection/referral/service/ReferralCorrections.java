package al.childprotection.referral.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.referral.config.SlaConfig;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.repository.ReferralRepository;
import al.childprotection.referral.repository.ReferralStepRepository;
import io.smallrye.mutiny.Uni;

/**
 * A police team corrected an intake: the referral takes the corrected child and situation and tells case-service.
 * A tighter priority tightens the acknowledgement deadline; a looser one never loosens it. If the corrected
 * residence points to another CPU, the timeline says so and the CPU redirects (the platform does not move a
 * referral a CPU may already be working on).
 */
@ApplicationScoped
public class ReferralCorrections {

    private final ReferralRepository referrals;
    private final ReferralStepRepository steps;
    private final ResponsibleUnitRules rules;
    private final Outbox outbox;
    private final SlaConfig sla;

    ReferralCorrections(ReferralRepository referrals, ReferralStepRepository steps, ResponsibleUnitRules rules,
            Outbox outbox, SlaConfig sla) {
        this.referrals = referrals;
        this.steps = steps;
        this.rules = rules;
        this.outbox = outbox;
        this.sla = sla;
    }

    /** Runs in the consuming transaction; a correction that overtakes its referral fails and is retried. */
    public Uni<Void> apply(IntakeCorrected correction) {
        return referrals.findByIntake(correction.intakeId())
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "no referral yet for corrected intake " + correction.intakeId()))
                .chain(referral -> rules.decide(ResponsibleUnitRules.Facts.of(correction)).chain(decision -> {
                    ReferralMapper.correct(referral, correction,
                            ReferralService.priorityOf(correction.priority(), correction.riskLevel(),
                                    correction.situations()));
                    tightenDeadline(referral);
                    String note = "intake corrected by the police station"
                            + (decision.unit().code.equals(referral.cpuCode) ? ""
                                    : "; the corrected residence points to " + decision.unit().code
                                            + ": redirect the referral if it is right");
                    return steps.persist(ReferralStep.of(referral, referral.status, correction.correctedBy(), note,
                            correction.correctedAt()))
                            .chain(() -> outbox.append(EventType.REFERRAL_CORRECTED, referral.id,
                                    new ReferralCorrected(referral.id, referral.intakeId, referral.cpuCode,
                                            referral.municipality, ReferralMapper.child(referral),
                                            referral.situations, referral.riskLevel, referral.priority,
                                            correction.correctedAt()),
                                    referral.correlationId));
                }));
    }

    private void tightenDeadline(Referral referral) {
        if (!referral.awaitsAcknowledgement()) {
            return;
        }
        Instant byPriority = sla.acknowledge().deadline(referral.createdAt, referral.priority);
        if (byPriority.isBefore(referral.acknowledgeBy)) {
            referral.acknowledgeBy = byPriority;
        }
    }
}
