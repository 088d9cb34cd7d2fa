package al.childprotection.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of a Child Protection Unit who can be given follow-up tasks. */
@Entity
@Table(name = "cpu_worker")
public class CpuWorker {

    public enum Role {
        WORKER, SUPERVISOR
    }

    @Id
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String municipality;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active;
}
