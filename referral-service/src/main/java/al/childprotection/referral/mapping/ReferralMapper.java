package al.childprotection.referral.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.NrmReferred;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ShelterPlacementNeeded;
import al.childprotection.kit.audit.AuditedRecord;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.rest.ReferralView;
import al.childprotection.referral.service.ResponsibleUnitRules;

public final class ReferralMapper {

    /** The code of the National Referral Mechanism in the agency directory. */
    public static final String NRM = "nrm";

    /** The referral as the audit trail names it: with its intake and the municipality now responsible. */
    public static AuditedRecord audited(Referral referral) {
        return AuditedRecord.of("referral", referral.id, referral.intakeId, referral.municipality);
    }

    private ReferralMapper() {
    }

    public static Referral toReferral(IntakeRecorded intake, ResponsibleUnitRules.Decision decision, Priority priority,
            Instant now, Instant acknowledgeBy, String correlationId) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.intakeId = intake.intakeId();
        referral.correlationId = correlationId;
        referral.cpuCode = decision.unit().code;
        referral.municipality = decision.unit().municipality;
        referral.priority = priority;
        referral.status = Referral.Status.CREATED;
        referral.givenName = intake.child().givenName();
        referral.familyName = intake.child().familyName();
        referral.dateOfBirth = intake.child().dateOfBirth();
        referral.estimatedAge = intake.child().estimatedAge();
        referral.sex = intake.child().sex();
        referral.situations = List.copyOf(intake.situations());
        referral.riskLevel = intake.riskLevel();
        referral.stationCode = intake.stationCode();
        referral.routingReason = decision.reason();
        referral.createdAt = now;
        referral.acknowledgeBy = acknowledgeBy;
        referral.consent = intake.consent();
        referral.legalBasis = intake.legalBasis();
        return referral;
    }

    /** The corrected child and situation; where the referral is and what happened to it stay as they are. */
    public static void correct(Referral referral, IntakeCorrected correction, Priority priority) {
        referral.givenName = correction.child().givenName();
        referral.familyName = correction.child().familyName();
        referral.dateOfBirth = correction.child().dateOfBirth();
        referral.estimatedAge = correction.child().estimatedAge();
        referral.sex = correction.child().sex();
        referral.situations = List.copyOf(correction.situations());
        referral.riskLevel = correction.riskLevel();
        referral.priority = priority;
    }

    public static ReferralCreated toCreated(Referral referral, ChildProtectionUnit unit) {
        return new ReferralCreated(referral.id, referral.intakeId, unit.code, unit.name, referral.municipality,
                referral.priority, child(referral), referral.situations, referral.riskLevel, referral.routingReason,
                referral.createdAt, referral.acknowledgeBy, referral.stationCode, referral.consent,
                referral.legalBasis);
    }

    /**
     * The referral as it moves from {@code fromCpuCode} to {@code target}: what the new CPU needs to open the child's
     * case there, as {@link #toCreated} gives the first CPU.
     */
    public static ReferralRedirected toRedirected(Referral referral, String fromCpuCode, ChildProtectionUnit target,
            String by, Instant at) {
        return new ReferralRedirected(referral.id, fromCpuCode, target.code, target.municipality, by, referral.reason,
                referral.acknowledgeBy, at, referral.intakeId, target.name, child(referral), referral.priority,
                referral.riskLevel, referral.situations);
    }

    public static NrmReferred toNrmReferred(Referral referral, Instant now) {
        return new NrmReferred(referral.nrmReferralId, referral.id, referral.intakeId, NRM, referral.cpuCode,
                referral.municipality, referral.priority, child(referral), referral.situations, now);
    }

    public static ShelterPlacementNeeded toPlacementNeeded(Referral referral, Instant now) {
        return new ShelterPlacementNeeded(referral.id, referral.intakeId, referral.cpuCode, referral.municipality,
                referral.stationCode, referral.priority, referral.riskLevel, child(referral), now);
    }

    public static ReferralView toView(Referral referral) {
        return new ReferralView(referral.id, referral.intakeId, referral.cpuCode, referral.municipality,
                referral.priority, referral.status, child(referral), referral.situations, referral.riskLevel,
                referral.stationCode, referral.routingReason, referral.createdAt, referral.acknowledgeBy,
                referral.acknowledgementOverdue(Instant.now()), referral.escalationLevel, referral.reason,
                referral.outcome, referral.nrmReferralId, referral.firstContactDueAt, referral.firstContactAssignee,
                referral.firstContactOverdue(Instant.now()), referral.consent, referral.legalBasis,
                referral.consentWithdrawnAt, referral.consentWithdrawnBy, referral.consentWithdrawalReason,
                referral.unassignedSince);
    }

    public static ReferralView.Step toView(ReferralStep step) {
        return new ReferralView.Step(step.at, step.actor, step.fromStatus, step.toStatus, step.cpuCode, step.note);
    }

    public static ChildSummary child(Referral referral) {
        return new ChildSummary(referral.givenName, referral.familyName, referral.dateOfBirth, referral.estimatedAge,
                referral.sex);
    }
}
