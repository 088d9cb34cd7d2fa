package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A task's clock broke a second time: an overdue task still not done a window after {@code task.overdue}
 * ({@code OVERDUE}), or a task nobody took by its escalation time ({@code UNASSIGNED}). Goes to SARPC.
 * {@code assignee} is null for an unassigned task.
 */
public record TaskEscalated(UUID taskId, UUID caseId, UUID referralId, String cpuCode, String municipality,
        String kind, String assignee, Priority priority, Reason reason, EscalationLevel level, Instant dueAt,
        Instant at) {

    public enum Reason {
        OVERDUE, UNASSIGNED
    }
}
