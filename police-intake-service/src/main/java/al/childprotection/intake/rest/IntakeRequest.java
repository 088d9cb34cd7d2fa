package al.childprotection.intake.rest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import al.childprotection.contracts.LegalStatus;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;

/** The body of {@code POST /intakes}. The station is not in it: it comes from the caller's token. */
public record IntakeRequest(
        @NotNull @PastOrPresent Instant contactAt,
        @NotNull @Valid Child child,
        @NotNull LegalStatus legalStatus,
        @NotNull RiskLevel riskLevel,
        @Size(max = 4000) String psychosocialSupport,
        @Size(max = 4000) String urgentNeeds) {

    public record Child(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Past LocalDate dateOfBirth,
            @Min(0) @Max(17) Integer estimatedAge,
            @NotNull Sex sex,
            @Size(max = 60) String nationality,
            @Size(max = 80) String residenceMunicipality,
            @Size(max = 80) String residenceUnit) {

        @JsonIgnore
        @AssertTrue(message = "give the date of birth or an estimated age")
        public boolean isDateOfBirthOrEstimatedAge() {
            return dateOfBirth != null || estimatedAge != null;
        }
    }
}
