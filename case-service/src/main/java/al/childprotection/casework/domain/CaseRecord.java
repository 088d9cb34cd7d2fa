package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A structured record a worker filled in on a case; its content has the validated shape of its kind. */
@Entity
@Table(name = "case_record")
public class CaseRecord {

    public enum Kind {
        HOME_VISIT, NEEDS_ASSESSMENT, RISK_ASSESSMENT, COUNSELLING_SESSION, EMERGENCY_INTERVENTION,
        DEINSTITUTIONALISATION_ASSESSMENT
    }

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
}
