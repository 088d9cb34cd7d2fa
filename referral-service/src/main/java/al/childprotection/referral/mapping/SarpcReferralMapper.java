package al.childprotection.referral.mapping;

import java.time.Instant;

import al.childprotection.contracts.AgeBand;

import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.rest.SarpcReferralView;

/** The referral as SARPC reads it (decision 11): every field named here, none carried over by default. */
public final class SarpcReferralMapper {

    private SarpcReferralMapper() {
    }

    public static SarpcReferralView toView(Referral referral, ChildReferences children) {
        Instant now = Instant.now();
        return new SarpcReferralView(referral.id, referral.intakeId, children.of(referral),
                AgeBand.of(referral.dateOfBirth, referral.estimatedAge, referral.createdAt), referral.sex,
                referral.cpuCode, referral.municipality, referral.priority, referral.status, referral.situations,
                referral.riskLevel, referral.stationCode, referral.createdAt, referral.acknowledgeBy,
                referral.acknowledgementOverdue(now), referral.escalationLevel, referral.nrmReferralId != null,
                referral.firstContactDueAt, referral.firstContactAssignee, referral.firstContactOverdue(now),
                referral.consent, referral.unassignedSince);
    }

    public static SarpcReferralView.Step toView(ReferralStep step) {
        return new SarpcReferralView.Step(step.at, step.actor, step.fromStatus, step.toStatus, step.cpuCode);
    }
}
