package al.childprotection.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Keycloak user who works at a Child Protection Unit, as a worker or its supervisor. */
@Entity
@Table(name = "cpu_member")
public class CpuMember {

    @Id
    public String username;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String role;

    public boolean active;
}
