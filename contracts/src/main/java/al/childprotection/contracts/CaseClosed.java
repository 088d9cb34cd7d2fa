package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A case was closed with a reason and an outcome; referral-service closes the referral of the case. */
public record CaseClosed(
        UUID caseId,
        UUID childId,
        UUID referralId,
        String cpuCode,
        String municipality,
        String reason,
        String outcome,
        Instant closedAt) {
}
