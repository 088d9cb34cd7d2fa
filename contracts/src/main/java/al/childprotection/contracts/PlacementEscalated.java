package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * No shelter has room for an emergency placement request: it waits, escalated, at the shelter named, until a
 * bed is free. Supervisors and SARPC must know at once.
 */
public record PlacementEscalated(
        UUID requestId,
        String origin,
        UUID referralId,
        UUID caseId,
        String cpuCode,
        String municipality,
        String shelterCode,
        String kind,
        int children,
        Instant escalatedAt) {
}
