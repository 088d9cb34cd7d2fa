package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.intake.domain.Consent;
import al.childprotection.intake.domain.ReferralStatus;

/**
 * An intake as its police station sees it: the station by code and by the name it had when it recorded, everything the team recorded, who last corrected it when (both null
 * until a correction), and what became of the referral.
 */
public record IntakeView(
        UUID id,
        String stationCode,
        String stationName,
        String stationMunicipality,
        Instant contactAt,
        Child child,
        List<Situation> situations,
        String circumstances,
        Safeguards safeguards,
        String psychosocialSupport,
        String urgentNeeds,
        List<String> riskFlags,
        RiskLevel riskLevel,
        Priority priority,
        Consent consent,
        String legalBasis,
        String recordedBy,
        Instant recordedAt,
        String correctedBy,
        Instant correctedAt,
        Referral referral) {

    public record Child(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            Integer estimatedAge,
            Sex sex,
            String nationality,
            List<String> languages,
            String personalNumber,
            String residenceMunicipality,
            String residenceUnit,
            Guardian guardian) {
    }

    /** Null when no parent's or guardian's contact is known. */
    public record Guardian(String name, String relationship, String phone) {
    }

    /** Each null only on an intake recorded before the safeguards were asked. */
    public record Safeguards(Boolean parentOrGuardianPresent, Boolean lawyerPresent, Boolean psychologistPresent,
            Boolean childFriendlyRoomUsed) {
    }

    /** The referral the intake led to, as far as its events have arrived; null until it is created. */
    public record Referral(UUID id, String cpuCode, ReferralStatus status, boolean overdue) {
    }
}
