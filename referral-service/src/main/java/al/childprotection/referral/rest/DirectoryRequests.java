package al.childprotection.referral.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies with which a platform administrator edits the directory. */
public final class DirectoryRequests {

    /** Keycloak usernames are lower-case. */
    static final String USERNAME = "[a-z0-9][a-z0-9._@-]*";
    static final String USERNAME_SHAPE = "lower-case letters, digits, dots and dashes, like cpu.kamez.worker";
    static final String LANGUAGES = "sq|en";
    static final String STAFF_ROLES = "SHELTER_STAFF|SARPC_ANALYST";

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

    /** A Keycloak user joining a CPU as a worker or its supervisor, with the name and address they are told by. */
    public record NewMember(
            @NotBlank @Size(max = 100) @Pattern(regexp = USERNAME, message = USERNAME_SHAPE) String username,
            @NotBlank @Pattern(regexp = "WORKER|SUPERVISOR", message = "WORKER or SUPERVISOR") String role,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Pattern(regexp = LANGUAGES, message = "sq or en") String language,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    /** A Keycloak user joining as a shelter's staff ({@code shelterCode} required) or a SARPC analyst. */
    public record NewStaffMember(
            @NotBlank @Size(max = 100) @Pattern(regexp = USERNAME, message = USERNAME_SHAPE) String username,
            @NotBlank @Pattern(regexp = STAFF_ROLES, message = "SHELTER_STAFF or SARPC_ANALYST") String role,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Pattern(regexp = LANGUAGES, message = "sq or en") String language,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 80) String shelterCode) {
    }

    /** How a member is named and told, shelter staff's shelter; {@code active: false} ends the membership. */
    public record MemberDetails(
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Pattern(regexp = LANGUAGES, message = "sq or en") String language,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 80) String shelterCode,
            @NotNull Boolean active) {
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
