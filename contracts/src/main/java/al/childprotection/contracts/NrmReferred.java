package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A suspected victim of trafficking is referred to the National Referral Mechanism as well as to the responsible
 * CPU. The NRM's referral has its own id and points to the CPU's.
 */
public record NrmReferred(
        UUID nrmReferralId,
        UUID referralId,
        UUID intakeId,
        String agencyCode,
        String cpuCode,
        String municipality,
        Priority priority,
        ChildSummary child,
        List<Situation> situations,
        Instant referredAt) {
}
