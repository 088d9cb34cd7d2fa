package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A child is still in the shelter past the end of the stay (72 h, or the end of its extensions, at most 11 days):
 * the shelter's staff and the CPU responsible must act. Published once per stay end.
 */
public record PlacementOverstayed(UUID placementId, String shelterCode, UUID referralId, UUID caseId,
        String cpuCode, String municipality, Instant stayEndsAt, Instant detectedAt) {
}
