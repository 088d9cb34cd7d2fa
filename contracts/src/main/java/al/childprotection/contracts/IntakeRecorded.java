package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
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
        List<Situation> situations,
        RiskLevel riskLevel,
        Priority priority,
        Instant recordedAt) {
}
