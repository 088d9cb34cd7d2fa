package al.childprotection.contracts;

import java.time.Instant;

/**
 * A person who takes work on the platform, as the directory now holds them: a CPU's worker or supervisor
 * ({@code cpuCode} and {@code municipality} set), a shelter's staff ({@code shelterCode} set) or a SARPC analyst.
 * {@code username} is their Keycloak login; {@code language} is {@code sq} or {@code en}. An inactive member has
 * left: they take no new work, and their open tasks go back to the supervisor.
 */
public record DirectoryMemberChanged(String username, String displayName, StaffRole role, String cpuCode,
        String municipality, String shelterCode, String language, String email, boolean active, Instant changedAt) {

    public String entryId() {
        return DirectoryEntries.MEMBER + username;
    }
}
