package al.childprotection.intake.mapping;

import java.time.Instant;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.intake.domain.Intake;
import al.childprotection.intake.domain.PoliceStation;
import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.intake.rest.IntakeView;

/** The one place where intakes change shape: request to record, record to view, record to event. */
public final class IntakeMapper {

    private IntakeMapper() {
    }

    public static Intake toIntake(IntakeRequest request, PoliceStation station, String recordedBy) {
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.stationCode = station.code;
        intake.stationMunicipality = station.municipality;
        intake.contactAt = request.contactAt();
        intake.givenName = request.child().givenName().strip();
        intake.familyName = request.child().familyName().strip();
        intake.dateOfBirth = request.child().dateOfBirth();
        intake.estimatedAge = request.child().estimatedAge();
        intake.sex = request.child().sex();
        intake.nationality = request.child().nationality();
        intake.residenceMunicipality = blankToNull(request.child().residenceMunicipality());
        intake.residenceUnit = blankToNull(request.child().residenceUnit());
        intake.legalStatus = request.legalStatus();
        intake.riskLevel = request.riskLevel();
        intake.psychosocialSupport = request.psychosocialSupport();
        intake.urgentNeeds = request.urgentNeeds();
        intake.recordedBy = recordedBy;
        intake.recordedAt = Instant.now();
        return intake;
    }

    public static IntakeView toView(Intake intake) {
        return new IntakeView(intake.id, intake.stationCode, intake.stationMunicipality, intake.contactAt,
                new IntakeView.Child(intake.givenName, intake.familyName, intake.dateOfBirth, intake.estimatedAge,
                        intake.sex, intake.nationality, intake.residenceMunicipality, intake.residenceUnit),
                intake.legalStatus, intake.riskLevel, intake.psychosocialSupport, intake.urgentNeeds,
                intake.recordedBy, intake.recordedAt,
                intake.referralId == null ? null : new IntakeView.Referral(intake.referralId, intake.referralCpuCode,
                        intake.referralStatus, intake.referralOverdue));
    }

    /** The event carries what routing and case-opening need: no address, no free text. */
    public static IntakeRecorded toRecorded(Intake intake) {
        return new IntakeRecorded(intake.id, intake.stationCode, intake.stationMunicipality, intake.contactAt,
                new ChildSummary(intake.givenName, intake.familyName, intake.dateOfBirth, intake.estimatedAge,
                        intake.sex),
                intake.residenceMunicipality, intake.residenceUnit, intake.legalStatus, intake.riskLevel,
                intake.recordedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
