package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import al.childprotection.contracts.LegalStatus;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;

/** An intake as its police station sees it. */
public record IntakeView(
        UUID id,
        String stationCode,
        String stationMunicipality,
        Instant contactAt,
        Child child,
        LegalStatus legalStatus,
        RiskLevel riskLevel,
        String psychosocialSupport,
        String urgentNeeds,
        String recordedBy,
        Instant recordedAt) {

    public record Child(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            Integer estimatedAge,
            Sex sex,
            String nationality,
            String residenceMunicipality,
            String residenceUnit) {
    }
}
