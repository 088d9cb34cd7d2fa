package al.childprotection.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;

/**
 * What a police psychosocial team recorded about its contact with a child. Updates write only the columns that
 * changed: a correction and a referral event landing on the same intake then never undo each other.
 */
@Entity
@DynamicUpdate
@Table(name = "intake")
public class Intake {

    @Id
    public UUID id;

    @Column(name = "station_code")
    public String stationCode;

    /** The station's name in the directory when it recorded the intake; null on intakes of an unknown station. */
    @Column(name = "station_name")
    public String stationName;

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

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    /** The Albanian personal number (letter, 8 digits, letter), upper case; null when not known. */
    @Column(name = "personal_number")
    public String personalNumber;

    /** Null when the residence is unknown. */
    @Column(name = "residence_municipality")
    public String residenceMunicipality;

    /** The administrative unit (Tirana); null when unknown or not asked. */
    @Column(name = "residence_unit")
    public String residenceUnit;

    // A parent's or guardian's contact; all null when none is known.

    @Column(name = "guardian_name")
    public String guardianName;

    @Column(name = "guardian_relationship")
    public String guardianRelationship;

    @Column(name = "guardian_phone")
    public String guardianPhone;

    /** Every situation that applies, in the order of {@link Situation}, each once; never empty. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Situation> situations = new ArrayList<>();

    public String circumstances;

    // The interview safeguards of the Code of Criminal Justice for Children; null only on intakes recorded
    // before they were asked.

    @Column(name = "parent_or_guardian_present")
    public Boolean parentOrGuardianPresent;

    @Column(name = "lawyer_present")
    public Boolean lawyerPresent;

    @Column(name = "psychologist_present")
    public Boolean psychologistPresent;

    @Column(name = "child_friendly_room_used")
    public Boolean childFriendlyRoomUsed;

    @Column(name = "psychosocial_support")
    public String psychosocialSupport;

    @Column(name = "urgent_needs")
    public String urgentNeeds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risk_flags")
    public List<String> riskFlags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    /** Null only on intakes recorded before consent was asked. */
    @Enumerated(EnumType.STRING)
    public Consent consent;

    /** Required when the referral goes ahead in the child's best interest without consent. */
    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The last correction; both null while the intake stands as recorded. */
    @Column(name = "corrected_by")
    public String correctedBy;

    @Column(name = "corrected_at")
    public Instant correctedAt;

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
