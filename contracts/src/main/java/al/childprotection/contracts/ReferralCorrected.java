package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The intake behind a referral was corrected: the referral now carries the corrected child and situation. */
public record ReferralCorrected(
        UUID referralId,
        UUID intakeId,
        String cpuCode,
        String municipality,
        ChildSummary child,
        List<Situation> situations,
        RiskLevel riskLevel,
        Priority priority,
        Instant correctedAt) {
}
