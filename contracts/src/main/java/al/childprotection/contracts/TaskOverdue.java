package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A follow-up task passed its due time without being done; published once per task. Carries no child name. */
public record TaskOverdue(
        UUID taskId,
        UUID caseId,
        UUID referralId,
        String cpuCode,
        String municipality,
        String kind,
        String assignee,
        Priority priority,
        Instant dueAt,
        Instant detectedAt) {
}
