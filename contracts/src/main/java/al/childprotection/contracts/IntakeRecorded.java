package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A police psychosocial team recorded its contact with a child. {@code consent}: the ground the child is referred
 * on; {@code legalBasis}: the law that allows a referral without consent (null with consent, and in events
 * published before the fields existed).
 */
public record IntakeRecorded(
        UUID intakeId,
        String stationCode,
        String stationMunicipality,
        Instant contactAt,
        ChildSummary child,
        String residenceMunicipality,
        String residenceUnit,
        List<Situation> situations,
        RiskLevel riskLevel,
        Priority priority,
        Instant recordedAt,
        ConsentGround consent,
        String legalBasis) {

    /** An intake without its consent ground: what producers wrote before {@code consent} existed. */
    public IntakeRecorded(UUID intakeId, String stationCode, String stationMunicipality, Instant contactAt,
            ChildSummary child, String residenceMunicipality, String residenceUnit, List<Situation> situations,
            RiskLevel riskLevel, Priority priority, Instant recordedAt) {
        this(intakeId, stationCode, stationMunicipality, contactAt, child, residenceMunicipality, residenceUnit,
                situations, riskLevel, priority, recordedAt, null, null);
    }
}
