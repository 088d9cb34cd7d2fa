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

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** Why the case was closed (a code); MERGED when its child turned out to be another record's. */
    @Column(name = "closure_reason")
    public String closureReason;

    public String outcome;
}
