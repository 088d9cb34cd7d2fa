package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A police psychosocial team recorded its contact with a child. */
public record IntakeRecorded(
        UUID intakeId,
        String stationCode,
        String stationMunicipality,
        Instant contactAt,
        ChildSummary child,
        String residenceMunicipality,
        String residenceUnit,
        LegalStatus legalStatus,
        RiskLevel riskLevel,
        Instant recordedAt) {
}
