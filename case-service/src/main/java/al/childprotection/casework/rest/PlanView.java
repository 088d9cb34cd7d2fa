package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.ProtectionPlan;

/** An Individual Protection Plan; once approved each item names the task it became. */
public record PlanView(UUID id, UUID caseId, ProtectionPlan.Kind kind, ProtectionCase.PlannedOutcome plannedOutcome,
        ProtectionPlan.Status status, LocalDate reviewDate, String submittedBy,
        Instant submittedAt, String decidedBy, Instant decidedAt, String comments, List<Item> items) {

    public record Item(String goal, String service, String responsibleAgency, LocalDate dueDate, UUID taskId) {
    }
}
