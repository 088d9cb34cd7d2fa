package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A placement ended; the destination tells where the child went, and a reintegration follow-up is due. */
public record PlacementDischarged(
        UUID placementId,
        UUID referralId,
        UUID caseId,
        String shelterCode,
        String municipality,
        String destination,
        Instant dischargedAt) {
}
