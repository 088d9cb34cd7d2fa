package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The shapes of the records a worker fills in on a case; each field is checked before anything is stored. */
public final class CaseRecords {

    private CaseRecords() {
    }

    public record HomeVisit(
            @NotNull @PastOrPresent Instant visitedAt,
            @NotBlank @Size(max = 300) String place,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> peoplePresent,
            @NotNull Boolean childSeen,
            @NotBlank @Size(max = 4000) String observations,
            @Size(max = 4000) String nextSteps) {
    }

    public enum NeedArea {
        SAFETY, HEALTH, EDUCATION, FAMILY_CARE, PSYCHOSOCIAL, LEGAL, HOUSING, ECONOMIC
    }

    public enum NeedLevel {
        NONE, LOW, MEDIUM, HIGH
    }

    public record Need(@NotNull NeedArea area, @NotNull NeedLevel level, @Size(max = 2000) String note) {
    }

    public record NeedsAssessment(
            @NotNull @PastOrPresent LocalDate assessedOn,
            @NotEmpty @Size(max = 8) List<@NotNull @Valid Need> needs,
            @NotBlank @Size(max = 4000) String summary) {
    }

    /** The level the risk assessment finds; IMMEDIATE raises an emergency intervention and a shelter placement. */
    public enum RiskLevel {
        LOW, MEDIUM, HIGH, IMMEDIATE
    }

    public enum RiskFactor {
        PHYSICAL_ABUSE, SEXUAL_ABUSE, EMOTIONAL_ABUSE, NEGLECT, DOMESTIC_VIOLENCE, TRAFFICKING, CHILD_LABOUR,
        BEGGING, STREET_SITUATION, SUBSTANCE_ABUSE_IN_FAMILY, SCHOOL_DROPOUT, CONFLICT_WITH_THE_LAW, OTHER
    }

    public record RiskAssessment(
            @NotNull @PastOrPresent LocalDate assessedOn,
            @NotNull RiskLevel level,
            @NotEmpty @Size(max = 13) List<@NotNull RiskFactor> factors,
            @NotBlank @Size(max = 4000) String rationale) {
    }

    public record CounsellingSession(
            @NotNull @PastOrPresent Instant heldAt,
            @NotNull @Min(5) @Max(480) Integer minutes,
            @NotBlank @Size(max = 200) String counsellor,
            @NotBlank @Size(max = 4000) String notes) {
    }

    /** What the child says about where to live; the words, when the child gave them, in {@code childWishesNote}. */
    public enum ChildWish {
        RETURN_TO_FAMILY, LIVE_WITH_RELATIVES, FOSTER_FAMILY, STAY_IN_INSTITUTION, UNDECIDED, NOT_ABLE_TO_SAY
    }

    /** The assessment of a deinstitutionalisation case: the family, the child's wishes, the outcome recommended. */
    public record DeinstitutionalisationAssessment(
            @NotNull @PastOrPresent LocalDate assessedOn,
            @NotBlank @Size(max = 4000) String familySituation,
            @NotNull ChildWish childWishes,
            @Size(max = 1000) String childWishesNote,
            @NotBlank String recommendedOutcome,
            @NotBlank @Size(max = 4000) String rationale) {
    }

    public enum EmergencyAction {
        REMOVED_TO_SAFETY, POLICE_CALLED, MEDICAL_CARE, SHELTER_PLACEMENT, PROTECTION_ORDER_REQUESTED, OTHER
    }

    public record EmergencyIntervention(
            @NotNull @PastOrPresent Instant at,
            @NotEmpty @Size(max = 6) List<@NotNull EmergencyAction> actions,
            @NotBlank @Size(max = 4000) String description) {
    }
}
