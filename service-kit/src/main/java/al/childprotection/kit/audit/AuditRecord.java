package al.childprotection.kit.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One read or change of a child's record: who, with which role and from which municipality, did what to which
 * record, when, through which endpoint, and whether it was done or refused.
 * Append-only: the database refuses any update, delete or truncate.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_municipality")
    public String actorMunicipality;

    @Column(nullable = false)
    public String action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    @Column(name = "intake_id")
    public String intakeId;

    @Column(name = "record_municipality")
    public String recordMunicipality;

    public String method;

    public String path;

    /** {@code DONE}, or {@code REFUSED} for an attempt outside the caller's scope (403). */
    @Column(nullable = false)
    public String outcome;
}
