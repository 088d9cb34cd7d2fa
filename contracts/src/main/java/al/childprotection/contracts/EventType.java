package al.childprotection.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type the platform publishes: its CloudEvents type name, the topic of its aggregate family,
 * the payload record and the JSON Schema that validates the payload.
 */
public enum EventType {
    INTAKE_RECORDED("al.childprotection.intake.recorded.v1", Topics.INTAKE, IntakeRecorded.class),
    INTAKE_CORRECTED("al.childprotection.intake.corrected.v1", Topics.INTAKE, IntakeCorrected.class),
    REFERRAL_CREATED("al.childprotection.referral.created.v1", Topics.REFERRAL, ReferralCreated.class),
    REFERRAL_CORRECTED("al.childprotection.referral.corrected.v1", Topics.REFERRAL, ReferralCorrected.class),
    REFERRAL_ACKNOWLEDGED("al.childprotection.referral.acknowledged.v1", Topics.REFERRAL, ReferralAcknowledged.class),
    REFERRAL_ACCEPTED("al.childprotection.referral.accepted.v1", Topics.REFERRAL, ReferralAccepted.class),
    REFERRAL_REJECTED("al.childprotection.referral.rejected.v1", Topics.REFERRAL, ReferralRejected.class),
    REFERRAL_REVOKED("al.childprotection.referral.revoked.v1", Topics.REFERRAL, ReferralRevoked.class),
    NRM_REFERRED("al.childprotection.referral.nrm-referred.v1", Topics.REFERRAL, NrmReferred.class),
    SHELTER_PLACEMENT_NEEDED("al.childprotection.referral.shelter-placement-needed.v1", Topics.REFERRAL,
            ShelterPlacementNeeded.class),
    REFERRAL_REDIRECTED("al.childprotection.referral.redirected.v1", Topics.REFERRAL, ReferralRedirected.class),
    REFERRAL_CLOSED("al.childprotection.referral.closed.v1", Topics.REFERRAL, ReferralClosed.class),
    REFERRAL_CONSENT_WITHDRAWN("al.childprotection.referral.consent-withdrawn.v1", Topics.REFERRAL,
            ReferralConsentWithdrawn.class),
    REFERRAL_ESCALATED("al.childprotection.referral.escalated.v1", Topics.REFERRAL, ReferralEscalated.class),
    CASE_OPENED("al.childprotection.case.opened.v1", Topics.CASE, CaseOpened.class),
    TASK_ASSIGNED("al.childprotection.task.assigned.v1", Topics.CASE, TaskAssigned.class),
    CASE_CLOSED("al.childprotection.case.closed.v1", Topics.CASE, CaseClosed.class),
    TASK_COMPLETED("al.childprotection.task.completed.v1", Topics.CASE, TaskCompleted.class),
    TASK_OVERDUE("al.childprotection.task.overdue.v1", Topics.CASE, TaskOverdue.class),
    TASK_UNASSIGNED("al.childprotection.task.unassigned.v1", Topics.CASE, TaskUnassigned.class),
    TASK_ESCALATED("al.childprotection.task.escalated.v1", Topics.CASE, TaskEscalated.class),
    TASK_CANCELLED("al.childprotection.task.cancelled.v1", Topics.CASE, TaskCancelled.class),
    CASE_STALE("al.childprotection.case.stale.v1", Topics.CASE, CaseStale.class),
    PLAN_APPROVED("al.childprotection.plan.approved.v1", Topics.CASE, PlanApproved.class),
    CASE_PLACEMENT_REQUESTED("al.childprotection.case.placement-requested.v1", Topics.CASE, CasePlacementRequested.class),
    PLACEMENT_REQUESTED("al.childprotection.placement.requested.v1", Topics.PLACEMENT, PlacementRequested.class),
    PLACEMENT_ADMITTED("al.childprotection.placement.admitted.v1", Topics.PLACEMENT, PlacementAdmitted.class),
    PLACEMENT_DISCHARGED("al.childprotection.placement.discharged.v1", Topics.PLACEMENT, PlacementDischarged.class),
    PLACEMENT_CAPACITY_CHANGED("al.childprotection.placement.capacity-changed.v1", Topics.PLACEMENT, PlacementCapacityChanged.class),
    PLACEMENT_ESCALATED("al.childprotection.placement.escalated.v1", Topics.PLACEMENT, PlacementEscalated.class),
    PLACEMENT_OVERSTAYED("al.childprotection.placement.overstayed.v1", Topics.PLACEMENT, PlacementOverstayed.class),
    DIRECTORY_UNIT_CHANGED("al.childprotection.directory.unit-changed.v1", Topics.DIRECTORY,
            DirectoryUnitChanged.class),
    DIRECTORY_STATION_CHANGED("al.childprotection.directory.station-changed.v1", Topics.DIRECTORY,
            DirectoryStationChanged.class),
    DIRECTORY_AGENCY_CHANGED("al.childprotection.directory.agency-changed.v1", Topics.DIRECTORY,
            DirectoryAgencyChanged.class),
    DIRECTORY_MEMBER_CHANGED("al.childprotection.directory.member-changed.v1", Topics.DIRECTORY,
            DirectoryMemberChanged.class);

    private final String ceType;
    private final String topic;
    private final Class<? extends Record> payload;

    EventType(String ceType, String topic, Class<? extends Record> payload) {
        this.ceType = ceType;
        this.topic = topic;
        this.payload = payload;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    /** Classpath location of the JSON Schema, e.g. {@code /schemas/al.childprotection.intake.recorded.v1.json}. */
    public String schemaResource() {
        return "/schemas/" + ceType + ".json";
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
