package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;

import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.intake.domain.Consent;

/**
 * The body of {@code POST /intakes}. The station is not in it: it comes from the caller's token. The annotations
 * check only presence (400); dates, ages, formats and lengths are values, judged by IntakeRules (422).
 */
public record IntakeRequest(
        @NotNull Instant contactAt,
        @NotNull @Valid Child child,
        @NotEmpty List<Situation> situations,
        String circumstances,
        @NotNull @Valid Safeguards safeguards,
        String psychosocialSupport,
        String urgentNeeds,
        List<String> riskFlags,
        @NotNull RiskLevel riskLevel,
        @NotNull Priority priority,
        @NotNull Consent consent,
        String legalBasis) {

    /**
     * Situations are a set: the order they were ticked in and a repeated tick mean nothing, so a retry that lists
     * them otherwise is the same request (and the same Idempotency-Key fingerprint). A null is no situation.
     */
    public IntakeRequest {
        situations = situations == null ? null
                : situations.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    public record Child(
            @NotBlank String givenName,
            @NotBlank String familyName,
            LocalDate dateOfBirth,
            Integer estimatedAge,
            @NotNull Sex sex,
            String nationality,
            List<String> languages,
            String personalNumber,
            String residenceMunicipality,
            String residenceUnit,
            @Valid Guardian guardian) {

        @JsonIgnore
        @AssertTrue(message = "give the date of birth or an estimated age")
        public boolean isDateOfBirthOrEstimatedAge() {
            return dateOfBirth != null || estimatedAge != null;
        }
    }

    /** A parent's or guardian's contact, when the team knows one. */
    public record Guardian(
            @NotBlank String name,
            @NotBlank String relationship,
            String phone) {
    }

    /** The interview safeguards of the Code of Criminal Justice for Children: each one answered, yes or no. */
    public record Safeguards(
            @NotNull Boolean parentOrGuardianPresent,
            @NotNull Boolean lawyerPresent,
            @NotNull Boolean psychologistPresent,
            @NotNull Boolean childFriendlyRoomUsed) {
    }
}
