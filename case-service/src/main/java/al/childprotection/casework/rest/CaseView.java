package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.contracts.ChildSummary;

public record CaseView(
        UUID id,
        String cpuCode,
        String municipality,
        ProtectionCase.Status status,
        String worker,
        Instant openedAt,
        UUID referralId,
        Instant closedAt,
        String closedBy,
        String closureReason,
        String outcome,
        ProtectionCase.Type type,
        /** A deinstitutionalisation case's residential institution and planned outcome. */
        String institution,
        ProtectionCase.PlannedOutcome plannedOutcome,
        UUID childId,
        ChildSummary child,
        List<TaskView> tasks) {
}
