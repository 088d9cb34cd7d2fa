package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Nobody can take a follow-up task: the CPU has nobody who may take it (no active worker and no supervisor, or no
 * supervisor for a task only a supervisor may do). SARPC, and the CPU's supervisor when there is one, must hear of
 * it at once; if it is still unassigned at
 * {@code escalateAt} (3 h, 1 h for a child at high risk) it is escalated with {@code task.escalated}.
 */
public record TaskUnassigned(UUID taskId, UUID caseId, UUID referralId, String cpuCode, String municipality,
        String kind, Priority priority, boolean highRisk, Instant dueAt, Instant escalateAt, Instant at) {
}
