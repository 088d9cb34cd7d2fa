package al.childprotection.referral.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies with which a platform administrator edits the directory. */
public final class DirectoryRequests {

    private DirectoryRequests() {
    }

    /** A new CPU of a municipality, typed with or without Albanian letters. */
    public record NewUnit(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and dashes, like cpu-kamez") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 80) String municipality) {
    }

    public record NewStation(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*", message = "upper-case letters, digits and dashes, like PS-KAMEZ") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 80) String municipality) {
    }

    /** A new partner agency: the NRM or a shelter. */
    public record NewAgency(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and dashes, like house-of-colors") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "NRM|SHELTER", message = "NRM or SHELTER") String kind,
            @NotBlank @Size(max = 80) String municipality) {
    }

    /** A Keycloak user joining a CPU as a worker or its supervisor. */
    public record NewMember(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Pattern(regexp = "WORKER|SUPERVISOR", message = "WORKER or SUPERVISOR") String role) {
    }

    /** The editable part of a membership; {@code active: false} ends it. */
    public record MemberChange(
            @NotBlank @Pattern(regexp = "WORKER|SUPERVISOR", message = "WORKER or SUPERVISOR") String role,
            @NotNull Boolean active) {
    }

    /** The editable part of a CPU or a police station; {@code active: false} deactivates it. */
    public record Change(@NotBlank @Size(max = 200) String name, @NotNull Boolean active) {
    }
}
