package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** An Intersectoral Technical Group meeting as the CPU records it. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    public record Participant(@NotBlank @Size(max = 300) String agency, @Size(max = 200) String representative) {
    }

    /** A decision; with a responsible agency and a due date it becomes a task of the case. */
    public record Decision(
            @NotBlank @Size(max = 2000) String decision,
            @Size(max = 300) String responsibleAgency,
            @FutureOrPresent LocalDate dueDate,
            UUID taskId) {
    }

    public record Meeting(
            @NotNull UUID caseId,
            @NotNull @PastOrPresent Instant heldAt,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid Participant> participants,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Decision> decisions) {
    }
}
