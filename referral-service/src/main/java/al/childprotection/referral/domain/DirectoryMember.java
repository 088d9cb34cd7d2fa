package al.childprotection.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.StaffRole;

/**
 * A person who takes work on the platform, by their Keycloak username: a CPU's worker or supervisor ({@code cpuCode}
 * set), a shelter's staff ({@code shelterCode} set) or a SARPC analyst. {@code language}: {@code sq} or {@code en}.
 */
@Entity
@Table(name = "directory_member")
public class DirectoryMember {

    @Id
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public StaffRole role;

    @Column(name = "cpu_code")
    public String cpuCode;

    @Column(name = "shelter_code")
    public String shelterCode;

    public String language;

    public String email;

    public boolean active;

    public boolean worksAtACpu() {
        return role == StaffRole.CPU_WORKER || role == StaffRole.CPU_SUPERVISOR;
    }
}
