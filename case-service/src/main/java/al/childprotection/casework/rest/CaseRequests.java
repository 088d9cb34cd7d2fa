package al.childprotection.casework.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import al.childprotection.casework.domain.Closure;

/** The bodies of the steps a CPU takes on a case. */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Closing(@NotNull Closure.Reason reason, @NotNull Closure.Outcome outcome,
            @Size(max = 2000) String note) {
    }
}
