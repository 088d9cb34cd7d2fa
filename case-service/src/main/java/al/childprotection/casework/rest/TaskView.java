package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.UUID;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.contracts.Priority;

public record TaskView(
        UUID id,
        UUID caseId,
        UUID referralId,
        FollowUpTask.Kind kind,
        FollowUpTask.Status status,
        Priority priority,
        String assignee,
        boolean assignedToSupervisor,
        String municipality,
        Instant dueAt,
        Instant createdAt) {
}
