package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A follow-up task was done. Carries no child name. */
public record TaskCompleted(
        UUID taskId,
        UUID caseId,
        UUID referralId,
        String cpuCode,
        String municipality,
        String kind,
        String completedBy,
        Instant completedAt) {
}
