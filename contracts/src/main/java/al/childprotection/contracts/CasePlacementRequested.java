package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A risk assessment found the child at immediate risk: the CPU asks the emergency shelter for a placement. shelter-service turns it into a placement request. */
public record CasePlacementRequested(
        UUID caseId,
        UUID childId,
        UUID referralId,
        String cpuCode,
        String municipality,
        ChildSummary child,
        Instant requestedAt) {
}
