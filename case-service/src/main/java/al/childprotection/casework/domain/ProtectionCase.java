package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A child's case at one Child Protection Unit, followed by one responsible worker. */
@Entity
@Table(name = "protection_case")
public class ProtectionCase {

    public enum Status {
        OPEN, CLOSED
    }

    /** A case opened from a referral, or one the CPU opens for a child living in a residential institution. */
    public enum Type {
        PROTECTION, DEINSTITUTIONALISATION
    }

    /** Where a deinstitutionalisation case means the child to live. */
    public enum PlannedOutcome {
        FAMILY_REUNIFICATION, FOSTER_CARE
    }

    @Id
    public UUID id;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String municipality;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String worker;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "correlation_id")
    public String correlationId;

    /** The referral that opened the case. */
    @Column(name = "referral_id")
    public UUID referralId;

    /** The intake the child was first recorded in, when a referral opened the case. */
    @Column(name = "intake_id")
    public UUID intakeId;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** Why the case was closed (a code); MERGED when its child turned out to be another record's. */
    @Column(name = "closure_reason")
    public String closureReason;

    public String outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public Type type = Type.PROTECTION;

    /** The residential institution a deinstitutionalisation case's child lives in. */
    public String institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "planned_outcome")
    public PlannedOutcome plannedOutcome;

    /**
     * What the case's tasks and events carry where the contracts ask for a referral: the referral that opened it,
     * or, for a case opened without one (deinstitutionalisation), the case itself.
     */
    public UUID origin() {
        return referralId != null ? referralId : id;
    }
}
