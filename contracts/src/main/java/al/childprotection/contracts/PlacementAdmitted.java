package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A shelter admitted a child (or a mother with her children) and the emergency-stay clock started. */
public record PlacementAdmitted(
        UUID placementId,
        UUID requestId,
        UUID referralId,
        UUID caseId,
        String shelterCode,
        String municipality,
        String kind,
        int beds,
        Instant admittedAt,
        Instant stayEndsAt) {
}
