package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.RiskLevel;

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

    /** The highest risk its referrals named (null for a case opened without one): how soon nobody-to-take-it escalates. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    /** The newest entry of its timeline that was not a clock's; kept by the database (migration V15). */
    @Column(name = "last_activity_at", insertable = false, updatable = false)
    public Instant lastActivityAt;

    /** The last activity the stale rule announced, so it announces each quiet period once. */
    @Column(name = "stale_activity_at")
    public Instant staleActivityAt;

    public boolean highRisk() {
        return riskLevel == RiskLevel.HIGH;
    }

    /** Another referral of the child: the case keeps the higher risk. */
    public void raiseRisk(RiskLevel named) {
        if (named != null && (riskLevel == null || named.compareTo(riskLevel) > 0)) {
            riskLevel = named;
        }
    }

    /**
     * What the case's tasks and events carry where the contracts ask for a referral: the referral that opened it,
     * or, for a case opened without one (deinstitutionalisation), the case itself.
     */
    public UUID origin() {
        return referralId != null ? referralId : id;
    }
}
