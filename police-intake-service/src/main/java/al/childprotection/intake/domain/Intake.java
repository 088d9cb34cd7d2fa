package al.childprotection.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.LegalStatus;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;

/** What a police psychosocial team recorded about its contact with a child. */
@Entity
@Table(name = "intake")
public class Intake {

    @Id
    public UUID id;

    @Column(name = "station_code")
    public String stationCode;

    @Column(name = "station_municipality")
    public String stationMunicipality;

    @Column(name = "contact_at")
    public Instant contactAt;

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

    public String nationality;

    @Column(name = "residence_municipality")
    public String residenceMunicipality;

    @Column(name = "residence_unit")
    public String residenceUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status")
    public LegalStatus legalStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Column(name = "psychosocial_support")
    public String psychosocialSupport;

    @Column(name = "urgent_needs")
    public String urgentNeeds;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_fingerprint")
    public String requestFingerprint;

    // The referral this intake led to, learned from referral.* events; all null until referral-service creates it.

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "referral_cpu_code")
    public String referralCpuCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_status")
    public ReferralStatus referralStatus;

    /** The CPU missed its acknowledgement deadline and the referral was escalated; acknowledging clears it. */
    @Column(name = "referral_overdue")
    public boolean referralOverdue;
}
