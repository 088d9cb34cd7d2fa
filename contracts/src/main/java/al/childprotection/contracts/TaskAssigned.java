package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up task was assigned to a CPU worker (or, with no worker available, to the CPU's supervisor).
 * Carries no child name: the assignee opens the case to see it.
 */
public record TaskAssigned(
        UUID taskId,
        UUID caseId,
        UUID referralId,
        String cpuCode,
        String municipality,
        String kind,
        String assignee,
        boolean assignedToSupervisor,
        Priority priority,
        Instant dueAt,
        Instant assignedAt) {
}
