package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A child at high risk in an emergency needs the emergency shelter now, while the CPU takes the referral on.
 * The shelter service turns it into a placement request.
 */
public record ShelterPlacementNeeded(
        UUID referralId,
        UUID intakeId,
        String cpuCode,
        String municipality,
        String stationCode,
        Priority priority,
        RiskLevel riskLevel,
        ChildSummary child,
        Instant neededAt) {
}
