package al.childprotection.casework.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.StaffRole;

/** A worker or supervisor of a Child Protection Unit, as the directory last said: who can be given tasks. */
@Entity
@Table(name = "roster_member")
public class RosterMember {

    @Id
    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** {@code CPU_WORKER} or {@code CPU_SUPERVISOR}. */
    @Enumerated(EnumType.STRING)
    public StaffRole role;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String municipality;

    public boolean active;

    /** When the directory changed the entry: an older entry never overwrites a newer one. */
    @Column(name = "changed_at")
    public Instant changedAt;

    public boolean supervisor() {
        return role == StaffRole.CPU_SUPERVISOR;
    }

    /** Takes work in {@code cpuCode} now. */
    public boolean activeIn(String cpu) {
        return active && cpu.equals(cpuCode);
    }
}
