package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.UUID;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.contracts.Priority;

/** A task; {@code overdue} when it is still to do and past its due time. */
public record TaskView(
        UUID id,
        UUID caseId,
        UUID referralId,
        FollowUpTask.Kind kind,
        String title,
        FollowUpTask.Status status,
        Priority priority,
        String assignee,
        boolean assignedToSupervisor,
        String municipality,
        Instant dueAt,
        boolean overdue,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        String completedBy,
        String cancelReason) {
}
