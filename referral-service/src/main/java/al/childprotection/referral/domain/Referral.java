package al.childprotection.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;

/** A child referred to the Child Protection Unit responsible for them. */
/*
 * Updates write only the columns that changed: the first-contact tracking of a consumer and a CPU's step (a status)
 * may load the same referral at the same moment, and neither may write back the other's column as it found it.
 */
@Entity
@Table(name = "referral")
@DynamicUpdate
public class Referral {

    public enum Status {
        CREATED, ACKNOWLEDGED, ACCEPTED, REJECTED, REDIRECTED, CLOSED, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "intake_id")
    public UUID intakeId;

    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String municipality;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "estimated_age")
    public Integer estimatedAge;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Convert(converter = SituationsConverter.class)
    public List<Situation> situations;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Column(name = "station_code")
    public String stationCode;

    @Column(name = "routing_reason")
    public String routingReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "acknowledge_by")
    public Instant acknowledgeBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level")
    public EscalationLevel escalationLevel;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /** Why it was rejected or redirected, the last time it was. */
    public String reason;

    public String outcome;

    /** The referral to the National Referral Mechanism made with this one, for a suspected victim of trafficking. */
    @Column(name = "nrm_referral_id")
    public UUID nrmReferralId;

    /** When case-service's first-contact task for this referral is due (from its task.assigned event). */
    @Column(name = "first_contact_due_at")
    public Instant firstContactDueAt;

    /** Who case-service assigned the first-contact task to. */
    @Column(name = "first_contact_assignee")
    public String firstContactAssignee;

    /** When the first-contact task was completed (from case-service's task.completed event). */
    @Column(name = "first_contact_done_at")
    public Instant firstContactDoneAt;

    /** The ground the child is referred on (null for referrals made before the intake carried it). */
    @Enumerated(EnumType.STRING)
    public ConsentGround consent;

    /** The law that allows the referral without consent; null while it goes on consent. */
    @Column(name = "legal_basis")
    public String legalBasis;

    /** When the child or guardian withdrew their consent, if they did. */
    @Column(name = "consent_withdrawn_at")
    public Instant consentWithdrawnAt;

    /** Who withdrew it (the child, a guardian), as the CPU recorded it. */
    @Column(name = "consent_withdrawn_by")
    public String consentWithdrawnBy;

    @Column(name = "consent_withdrawal_reason")
    public String consentWithdrawalReason;

    /** Since when a task of the referral has found nobody in its CPU to take it (task.unassigned); null once taken. */
    @Column(name = "unassigned_since")
    public Instant unassignedSince;

    @Column(name = "unassigned_task_id")
    public UUID unassignedTaskId;

    /** The acknowledgement clock runs while the responsible CPU has not yet seen the referral. */
    public boolean awaitsAcknowledgement() {
        return status == Status.CREATED || status == Status.REDIRECTED;
    }

    public boolean acknowledgementOverdue(Instant now) {
        return awaitsAcknowledgement() && acknowledgeBy.isBefore(now);
    }

    // Completing the first-contact task stops it; nothing else does.
    public boolean firstContactOverdue(Instant now) {
        return firstContactDueAt != null && firstContactDoneAt == null && firstContactDueAt.isBefore(now);
    }
}
