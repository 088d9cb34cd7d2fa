package al.childprotection.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A platform user who can be notified, known by the login name that events and tokens carry, with their role
 * and, for CPU staff, their CPU: that is how an escalation finds the supervisors of a CPU and SARPC.
 */
@Entity
@Table(name = "recipient")
public class Recipient {

    /** The platform roles of the Keycloak realm ({@code cpu-supervisor} is {@code CPU_SUPERVISOR}). */
    public enum Role {
        POLICE_PSYCHOSOCIAL, CPU_WORKER, CPU_SUPERVISOR, SHELTER_STAFF, SARPC_ANALYST, PLATFORM_ADMIN
    }

    /** Albanian or English, as the column stores them. */
    public enum Language {
        sq, en
    }

    @Id
    public String username;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** The CPU of a CPU worker or supervisor, e.g. {@code cpu-tirane}; null for everybody else. */
    @Column(name = "cpu_code")
    public String cpuCode;

    /** The language of their notices and e-mails. */
    @Enumerated(EnumType.STRING)
    public Language language;

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
