package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** An emergency placement was requested at a shelter. */
public record PlacementRequested(
        UUID requestId,
        String origin,
        UUID referralId,
        UUID caseId,
        String cpuCode,
        String municipality,
        String shelterCode,
        String kind,
        int children,
        Instant requestedAt) {
}
