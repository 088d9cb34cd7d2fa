package al.childprotection.casework.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies of the task steps that need a reason. */
public final class TaskRequests {

    private TaskRequests() {
    }

    public record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Reassignment(@NotBlank @Size(max = 200) String assignee, @NotBlank @Size(max = 2000) String reason) {
    }
}
