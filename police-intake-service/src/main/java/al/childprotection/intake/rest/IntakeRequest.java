package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;

import al.childprotection.contracts.LegalStatus;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;

/**
 * The body of {@code POST /intakes}. The station is not in it: it comes from the caller's token. The annotations
 * check only presence (400); dates, ages and lengths are values, judged by IntakeRules (422).
 */
public record IntakeRequest(
        @NotNull Instant contactAt,
        @NotNull @Valid Child child,
        @NotNull LegalStatus legalStatus,
        @NotNull RiskLevel riskLevel,
        String psychosocialSupport,
        String urgentNeeds) {

    public record Child(
            @NotBlank String givenName,
            @NotBlank String familyName,
            LocalDate dateOfBirth,
            Integer estimatedAge,
            @NotNull Sex sex,
            String nationality,
            String residenceMunicipality,
            String residenceUnit) {

        @JsonIgnore
        @AssertTrue(message = "give the date of birth or an estimated age")
        public boolean isDateOfBirthOrEstimatedAge() {
            return dateOfBirth != null || estimatedAge != null;
        }
    }
}
