package al.childprotection.intake.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Municipalities;
import al.childprotection.intake.domain.Consent;
import al.childprotection.intake.domain.Intake;
import al.childprotection.intake.domain.PoliceStation;
import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.intake.rest.IntakeView;
import al.childprotection.kit.audit.AuditedRecord;
import al.childprotection.kit.time.StoredTime;

/**
 * The one place where intakes change shape: request to record, record to view, record to events, record to the
 * entry of the audit trail.
 */
public final class IntakeMapper {

    private IntakeMapper() {
    }

    /**
     * The intake as the audit trail names it, with the municipality responsible for the child as routing decides it:
     * the residence when known, otherwise the station's municipality.
     */
    public static AuditedRecord audited(Intake intake) {
        String responsible = intake.residenceMunicipality == null ? intake.stationMunicipality
                : Municipalities.canonical(intake.residenceMunicipality).orElse(intake.stationMunicipality);
        return AuditedRecord.of("intake", intake.id, intake.id, responsible);
    }

    public static Intake toIntake(IntakeRequest request, PoliceStation station, String recordedBy) {
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.stationCode = station.code;
        intake.stationName = station.name;
        intake.stationMunicipality = station.municipality;
        fill(intake, request);
        intake.recordedBy = recordedBy;
        intake.recordedAt = Instant.now();
        return intake;
    }

    /**
     * Writes the request's data over the intake's: everything the team records and may correct, never the id,
     * the station or who recorded it when. What the request leaves out (a guardian, a text) is cleared.
     */
    public static void fill(Intake intake, IntakeRequest request) {
        IntakeRequest.Child child = request.child();
        intake.contactAt = request.contactAt();
        intake.givenName = child.givenName().strip();
        intake.familyName = child.familyName().strip();
        intake.dateOfBirth = child.dateOfBirth();
        intake.estimatedAge = child.estimatedAge();
        intake.sex = child.sex();
        intake.nationality = blankToNull(child.nationality());
        intake.languages = stripped(child.languages());
        intake.personalNumber = personalNumber(child.personalNumber());
        intake.residenceMunicipality = blankToNull(child.residenceMunicipality());
        intake.residenceUnit = blankToNull(child.residenceUnit());
        IntakeRequest.Guardian guardian = child.guardian();
        intake.guardianName = guardian == null ? null : guardian.name().strip();
        intake.guardianRelationship = guardian == null ? null : guardian.relationship().strip();
        intake.guardianPhone = guardian == null ? null : blankToNull(guardian.phone());
        intake.situations = new ArrayList<>(request.situations());
        intake.circumstances = blankToNull(request.circumstances());
        IntakeRequest.Safeguards safeguards = request.safeguards();
        intake.parentOrGuardianPresent = safeguards.parentOrGuardianPresent();
        intake.lawyerPresent = safeguards.lawyerPresent();
        intake.psychologistPresent = safeguards.psychologistPresent();
        intake.childFriendlyRoomUsed = safeguards.childFriendlyRoomUsed();
        intake.psychosocialSupport = blankToNull(request.psychosocialSupport());
        intake.urgentNeeds = blankToNull(request.urgentNeeds());
        intake.riskFlags = stripped(request.riskFlags());
        intake.riskLevel = request.riskLevel();
        intake.priority = request.priority();
        intake.consent = request.consent();
        intake.legalBasis = blankToNull(request.legalBasis());
    }

    /**
     * The data {@link #fill} writes, as stored: two intakes with equal data say the same thing. The contact time
     * counts to the microsecond, as far as the database keeps it.
     */
    public static List<Object> recordedData(Intake intake) {
        return Arrays.asList(StoredTime.of(intake.contactAt),
                intake.givenName, intake.familyName, intake.dateOfBirth, intake.estimatedAge, intake.sex,
                intake.nationality, List.copyOf(intake.languages), intake.personalNumber,
                intake.residenceMunicipality, intake.residenceUnit, intake.guardianName, intake.guardianRelationship,
                intake.guardianPhone, List.copyOf(intake.situations), intake.circumstances,
                intake.parentOrGuardianPresent, intake.lawyerPresent, intake.psychologistPresent,
                intake.childFriendlyRoomUsed, intake.psychosocialSupport, intake.urgentNeeds,
                List.copyOf(intake.riskFlags), intake.riskLevel, intake.priority, intake.consent, intake.legalBasis);
    }

    public static IntakeView toView(Intake intake) {
        IntakeView.Guardian guardian = intake.guardianName == null ? null
                : new IntakeView.Guardian(intake.guardianName, intake.guardianRelationship, intake.guardianPhone);
        return new IntakeView(intake.id, intake.stationCode, intake.stationName, intake.stationMunicipality, intake.contactAt,
                new IntakeView.Child(intake.givenName, intake.familyName, intake.dateOfBirth, intake.estimatedAge,
                        intake.sex, intake.nationality, List.copyOf(intake.languages), intake.personalNumber,
                        intake.residenceMunicipality, intake.residenceUnit, guardian),
                List.copyOf(intake.situations), intake.circumstances,
                new IntakeView.Safeguards(intake.parentOrGuardianPresent, intake.lawyerPresent,
                        intake.psychologistPresent, intake.childFriendlyRoomUsed),
                intake.psychosocialSupport, intake.urgentNeeds, List.copyOf(intake.riskFlags), intake.riskLevel,
                intake.priority, intake.consent, intake.legalBasis, intake.recordedBy, intake.recordedAt,
                intake.correctedBy, intake.correctedAt,
                intake.referralId == null ? null : new IntakeView.Referral(intake.referralId, intake.referralCpuCode,
                        intake.referralStatus, intake.referralOverdue));
    }

    /**
     * The event carries what routing and case-opening need, and nothing more: no personal number, no contact,
     * no address beyond the municipality and unit, no free text but the legal basis of a referral made without
     * consent, which the CPU must know to act on it.
     */
    public static IntakeRecorded toRecorded(Intake intake) {
        return new IntakeRecorded(intake.id, intake.stationCode, intake.stationMunicipality, intake.contactAt,
                new ChildSummary(intake.givenName, intake.familyName, intake.dateOfBirth, intake.estimatedAge,
                        intake.sex),
                intake.residenceMunicipality, intake.residenceUnit, List.copyOf(intake.situations),
                intake.riskLevel, intake.priority, intake.recordedAt, consentGround(intake.consent),
                intake.legalBasis);
    }

    /** The same grounds under the contract's name; null only on intakes recorded before consent was asked. */
    private static ConsentGround consentGround(Consent consent) {
        return consent == null ? null : ConsentGround.valueOf(consent.name());
    }

    /** The corrected intake as other services need it: the same minimum as {@link #toRecorded}, whole. */
    public static IntakeCorrected toCorrected(Intake intake) {
        return new IntakeCorrected(intake.id, intake.stationCode, intake.stationMunicipality,
                new ChildSummary(intake.givenName, intake.familyName, intake.dateOfBirth, intake.estimatedAge,
                        intake.sex),
                intake.residenceMunicipality, intake.residenceUnit, List.copyOf(intake.situations),
                intake.riskLevel, intake.priority, intake.correctedBy, intake.correctedAt);
    }

    /** Stored as the register writes it: upper case, no spaces; null when not known. */
    public static String personalNumber(String value) {
        String stripped = blankToNull(value);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }

    private static List<String> stripped(List<String> values) {
        return values == null ? new ArrayList<>()
                : new ArrayList<>(values.stream().map(String::strip).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
