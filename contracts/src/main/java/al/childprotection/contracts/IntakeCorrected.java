package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The police team corrected an intake it had recorded: the whole corrected minimum, not a diff, so that a
 * consumer never has to merge.
 */
public record IntakeCorrected(
        UUID intakeId,
        String stationCode,
        String stationMunicipality,
        ChildSummary child,
        String residenceMunicipality,
        String residenceUnit,
        List<Situation> situations,
        RiskLevel riskLevel,
        Priority priority,
        String correctedBy,
        Instant correctedAt) {
}
