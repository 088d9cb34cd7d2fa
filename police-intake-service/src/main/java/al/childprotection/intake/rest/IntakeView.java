package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import al.childprotection.contracts.LegalStatus;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.intake.domain.ReferralStatus;

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
        Instant recordedAt,
        Referral referral) {

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

    /** The referral the intake led to, as far as its events have arrived; null until it is created. */
    public record Referral(UUID id, String cpuCode, ReferralStatus status, boolean overdue) {
    }
}
