package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** An open case had no activity for the stale window (14 days): its CPU's supervisor should look at it. */
public record CaseStale(UUID caseId, UUID referralId, String cpuCode, String municipality, String worker,
        Instant lastActivityAt, Instant detectedAt) {
}
