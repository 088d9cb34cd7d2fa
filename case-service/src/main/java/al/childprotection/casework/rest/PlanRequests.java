package al.childprotection.casework.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import al.childprotection.casework.domain.ProtectionPlan;

/** The bodies of the plan steps. */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record Item(
            @NotBlank @Size(max = 1000) String goal,
            @NotBlank @Size(max = 1000) String service,
            @NotBlank @Size(max = 300) String responsibleAgency,
            @NotNull @FutureOrPresent LocalDate dueDate) {
    }

    /** Without a kind, an Individual Protection Plan; an individual care plan carries its planned outcome. */
    public record Submission(
            @NotNull UUID caseId,
            ProtectionPlan.Kind kind,
            String plannedOutcome,
            @NotNull @FutureOrPresent LocalDate reviewDate,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid Item> items) {
    }

    /** A returned plan, corrected: the case stays the plan's. */
    public record Resubmission(
            @NotNull @FutureOrPresent LocalDate reviewDate,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid Item> items) {
    }

    public record Return(@NotBlank @Size(max = 4000) String comments) {
    }
}
