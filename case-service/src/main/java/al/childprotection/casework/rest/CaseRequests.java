package al.childprotection.casework.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import al.childprotection.casework.domain.Closure;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.contracts.Sex;
import al.childprotection.kit.problem.RequestRejectedException;

/** The bodies of the steps a CPU takes on a case. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Closing(@NotNull Closure.Reason reason, @NotNull Closure.Outcome outcome,
            @Size(max = 2000) String note) {
    }

    /** A child living in a residential institution, and where the CPU means the child to live. */
    public record Deinstitutionalisation(@NotNull @Valid InstitutionalisedChild child,
            @NotBlank @Size(max = 300) String institution, @NotBlank String plannedOutcome) {
    }

    public record InstitutionalisedChild(@NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName, @NotNull Sex sex,
            @NotNull @PastOrPresent LocalDate dateOfBirth) {
    }

    /** A planned outcome the platform knows, else 422 naming the field. */
    public static ProtectionCase.PlannedOutcome plannedOutcome(String field, String value) {
        try {
            return ProtectionCase.PlannedOutcome.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.conflicting(field, "not a planned outcome: FAMILY_REUNIFICATION or "
                    + "FOSTER_CARE");
        }
    }
}
