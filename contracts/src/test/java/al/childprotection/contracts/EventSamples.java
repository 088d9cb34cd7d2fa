package al.childprotection.contracts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One realistic payload of every event type, as its producer writes it; the tests change copies of these. */
final class EventSamples {

    static final Instant CONTACT = Instant.parse("2025-03-14T08:05:00Z");
    static final Instant REFERRED = CONTACT.plus(Duration.ofHours(1));
    /** Acknowledgement deadline of the sample (EMERGENCY) referral. */
    static final Instant ACKNOWLEDGE_BY = REFERRED.plus(Duration.ofHours(2));
    /** When the police team corrected the sample intake (the referral carries the same instant). */
    static final Instant CORRECTED = CONTACT.plus(Duration.ofHours(3)).plusMillis(250);
    /** The sample intake's child after the correction: family name and date of birth were mistyped. */
    static final ChildSummary CORRECTED_CHILD =
            new ChildSummary("Ardit", "Hoxhaj", LocalDate.of(2012, 5, 13), null, Sex.MALE);
    static final List<Situation> CORRECTED_SITUATIONS = List.of(Situation.VICTIM,
            Situation.WITHOUT_PARENTAL_CARE, Situation.SUSPECTED_TRAFFICKING_VICTIM);

    static final UUID CHILD_ID = UUID.fromString("0d3a9b7c-5e2f-4a18-b6c4-9e8d7f6a5b4c");
    static final UUID TASK_ID = UUID.fromString("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d");
    static final UUID REQUEST_ID = UUID.fromString("4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
    static final UUID PLACEMENT_ID = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    /** When the sample directory entries were last edited. */
    static final Instant DIRECTORY_EDITED = Instant.parse("2025-03-10T09:30:00Z");
    /** The law a referral without consent goes on under. */
    static final String CHILD_RIGHTS_LAW = "Ligji nr. 18/2017 \"Për të drejtat dhe mbrojtjen e fëmijës\"";

    static Record sample(EventType type) {
        UUID intakeId = UUID.fromString("3f1c2a9e-6d4b-4c1e-9a7f-2b8d5e0c1a11");
        UUID referralId = UUID.fromString("b7e4d2c1-0a9f-4e3b-8c6d-5f1a2b3c4d5e");
        UUID caseId = UUID.fromString("c0ffee00-1234-4abc-9def-000000000001");
        return switch (type) {
            case INTAKE_RECORDED -> new IntakeRecorded(intakeId, "DPT-TR-04", "Tiranë", CONTACT,
                    new ChildSummary("Ardit", "Hoxha", LocalDate.of(2012, 5, 3), null, Sex.MALE),
                    "Tiranë", "Njësia Administrative nr. 5",
                    List.of(Situation.VICTIM, Situation.WITHOUT_PARENTAL_CARE), RiskLevel.HIGH, Priority.EMERGENCY,
                    Instant.parse("2025-03-14T08:41:12.123456789Z"), ConsentGround.BEST_INTEREST_OF_THE_CHILD,
                    CHILD_RIGHTS_LAW);
            case INTAKE_CORRECTED -> new IntakeCorrected(intakeId, "DPT-TR-04", "Tiranë", CORRECTED_CHILD,
                    "Tiranë", "Njësia Administrative nr. 7", CORRECTED_SITUATIONS, RiskLevel.HIGH,
                    Priority.EMERGENCY, "police.tirana.psy2", CORRECTED);
            case REFERRAL_CORRECTED -> new ReferralCorrected(referralId, intakeId, "cpu-tirane-nj05", "Tiranë",
                    CORRECTED_CHILD, CORRECTED_SITUATIONS, RiskLevel.HIGH, Priority.EMERGENCY, CORRECTED);
            case REFERRAL_CREATED -> new ReferralCreated(referralId, intakeId, "cpu-tirane-nj05",
                    "Njësia për Mbrojtjen e Fëmijëve, Tiranë, Njësia Administrative Nr. 5", "Tiranë",
                    Priority.EMERGENCY, new ChildSummary("Elirë", "Çela", null, 9, Sex.FEMALE),
                    List.of(Situation.WITNESS), RiskLevel.MEDIUM, "residence: Tiranë, Njësia Administrative nr. 5",
                    REFERRED, ACKNOWLEDGE_BY, "PS-KAMEZ", ConsentGround.GIVEN_BY_CHILD_AND_GUARDIAN, null);
            case REFERRAL_ACKNOWLEDGED -> new ReferralAcknowledged(referralId, "cpu-tirane-nj05", "Tiranë",
                    "cpu.tirana.worker1", REFERRED.plus(Duration.ofMinutes(25)));
            case REFERRAL_ACCEPTED -> new ReferralAccepted(referralId, "cpu-tirane-nj05", "Tiranë",
                    "cpu.tirana.supervisor", REFERRED.plus(Duration.ofMinutes(50)));
            case REFERRAL_REJECTED -> new ReferralRejected(referralId, "cpu-tirane-nj05", "Tiranë",
                    "cpu.tirana.supervisor",
                    "Familja është zhvendosur në Durrës që nga janari; fëmija ndjek shkollën atje.",
                    REFERRED.plus(Duration.ofMinutes(40)));
            case REFERRAL_REVOKED -> new ReferralRevoked(referralId, "cpu-tirane-nj05", "Tiranë", "PS-KAMEZ",
                    "police.kamza", "Fëmija u gjet i moshës 19 vjeç: nuk është fëmijë.",
                    REFERRED.plus(Duration.ofMinutes(30)));
            case NRM_REFERRED -> new NrmReferred(UUID.fromString("5b1c9e2a-7d3f-4c8b-9a6e-1f2d3c4b5a69"), referralId,
                    intakeId, "nrm", "cpu-tirane-nj05", "Tiranë", Priority.EMERGENCY,
                    new ChildSummary("Elirë", "Çela", null, 15, Sex.FEMALE),
                    List.of(Situation.VICTIM, Situation.SUSPECTED_TRAFFICKING_VICTIM), REFERRED);
            case SHELTER_PLACEMENT_NEEDED -> new ShelterPlacementNeeded(referralId, intakeId, "cpu-tirane-nj05",
                    "Tiranë", "PS-KAMEZ", Priority.EMERGENCY, RiskLevel.HIGH,
                    new ChildSummary("Elirë", "Çela", null, 9, Sex.FEMALE), REFERRED);
            case REFERRAL_REDIRECTED -> new ReferralRedirected(referralId, "cpu-tirane-nj05", "cpu-durres", "Durrës",
                    "cpu.tirana.supervisor", "Vendbanimi i fëmijës është në Durrës (verifikuar me gjendjen civile).",
                    REFERRED.plus(Duration.ofMinutes(45)).plus(Duration.ofHours(2)),
                    REFERRED.plus(Duration.ofMinutes(45)), intakeId, "Njësia për Mbrojtjen e Fëmijëve, Bashkia Durrës",
                    new ChildSummary("Elirë", "Çela", null, 9, Sex.FEMALE), Priority.EMERGENCY, RiskLevel.MEDIUM,
                    List.of(Situation.WITNESS, Situation.WITHOUT_PARENTAL_CARE));
            case REFERRAL_CLOSED -> new ReferralClosed(referralId, "cpu-durres", "Durrës", "cpu.durres.worker",
                    "Fëmija u rikthye në familje me plan mbrojtjeje; vizita mujore nga punonjësi i NjMF-së.",
                    REFERRED.plus(Duration.ofDays(30)));
            case REFERRAL_ESCALATED -> new ReferralEscalated(referralId, "cpu-tirane-nj05", "Tiranë",
                    Priority.EMERGENCY, EscalationLevel.SUPERVISOR, ACKNOWLEDGE_BY,
                    ACKNOWLEDGE_BY.plus(Duration.ofSeconds(42)));
            case CASE_OPENED -> new CaseOpened(caseId, UUID.fromString("0d3a9b7c-5e2f-4a18-b6c4-9e8d7f6a5b4c"),
                    referralId, "cpu-tirane-nj05", "Tiranë", REFERRED);
            case TASK_ASSIGNED -> new TaskAssigned(UUID.fromString("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d"), caseId,
                    referralId, "cpu-tirane-nj05", "Tiranë", "HOME_VISIT", "blerina.kola", false,
                    Priority.EMERGENCY, CONTACT.plus(Duration.ofHours(25)), REFERRED);
            case CASE_CLOSED -> new CaseClosed(caseId, CHILD_ID, referralId, "cpu-tirane-nj05", "Tiranë",
                    "GOALS_ACHIEVED", "SAFE_WITH_FAMILY", REFERRED.plus(Duration.ofDays(90)));
            case TASK_COMPLETED -> new TaskCompleted(TASK_ID, caseId, referralId, "cpu-tirane-nj05", "Tiranë",
                    "HOME_VISIT", "blerina.kola", CONTACT.plus(Duration.ofHours(20)));
            case TASK_OVERDUE -> new TaskOverdue(TASK_ID, caseId, referralId, "cpu-tirane-nj05", "Tiranë",
                    "HOME_VISIT", "blerina.kola", Priority.EMERGENCY, CONTACT.plus(Duration.ofHours(25)),
                    CONTACT.plus(Duration.ofHours(25)).plusSeconds(30));
            case PLAN_APPROVED -> new PlanApproved(UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"), caseId,
                    referralId, "cpu-tirane-nj05", "Tiranë", 3, LocalDate.of(2025, 6, 14), "cpu.tirana.supervisor",
                    REFERRED.plus(Duration.ofDays(12)));
            case CASE_PLACEMENT_REQUESTED -> new CasePlacementRequested(caseId, CHILD_ID, referralId,
                    "cpu-tirane-nj05", "Tiranë", new ChildSummary("Elirë", "Çela", null, 9, Sex.FEMALE),
                    REFERRED.plus(Duration.ofHours(6)));
            case PLACEMENT_REQUESTED -> new PlacementRequested(REQUEST_ID, "ROUTING", referralId, null,
                    "cpu-tirane-nj05", "Tiranë", "house-of-colors", "MOTHER_WITH_CHILDREN", 2, REFERRED);
            case PLACEMENT_ADMITTED -> new PlacementAdmitted(PLACEMENT_ID, REQUEST_ID, referralId, null,
                    "house-of-colors", "Tiranë", "MOTHER_WITH_CHILDREN", 3, REFERRED.plus(Duration.ofHours(2)),
                    REFERRED.plus(Duration.ofHours(74)));
            case PLACEMENT_DISCHARGED -> new PlacementDischarged(PLACEMENT_ID, referralId, caseId, "house-of-colors",
                    "Tiranë", "FAMILY_REUNIFICATION", REFERRED.plus(Duration.ofDays(5)));
            case PLACEMENT_CAPACITY_CHANGED -> new PlacementCapacityChanged("house-of-colors", "MOTHER_WITH_CHILDREN",
                    6, 3, 3, REFERRED.plus(Duration.ofHours(2)));
            case PLACEMENT_ESCALATED -> new PlacementEscalated(REQUEST_ID, "CPU_WORKER", referralId, null,
                    "cpu-tirane-nj05", "Tiranë", "house-of-colors", "MOTHER_WITH_CHILDREN", 7, REFERRED);
            case REFERRAL_CONSENT_WITHDRAWN -> new ReferralConsentWithdrawn(referralId, "cpu-tirane-nj05", "Tiranë",
                    "cpu.tirana.worker1", true, CHILD_RIGHTS_LAW, REFERRED.plus(Duration.ofDays(3)));
            case TASK_UNASSIGNED -> new TaskUnassigned(TASK_ID, caseId, referralId, "cpu-kamez", "Kamëz",
                    "FIRST_CONTACT", Priority.EMERGENCY, true, REFERRED.plus(Duration.ofHours(24)),
                    REFERRED.plus(Duration.ofHours(1)), REFERRED);
            case TASK_ESCALATED -> new TaskEscalated(TASK_ID, caseId, referralId, "cpu-tirane-nj05", "Tiranë",
                    "HOME_VISIT", "blerina.kola", Priority.EMERGENCY, TaskEscalated.Reason.OVERDUE,
                    EscalationLevel.SARPC, CONTACT.plus(Duration.ofHours(25)), CONTACT.plus(Duration.ofHours(29)));
            case TASK_CANCELLED -> new TaskCancelled(TASK_ID, caseId, referralId, "cpu-tirane-nj05", "Tiranë",
                    "FIRST_CONTACT", "cpu.tirana.worker1", "REFERRAL_REDIRECTED", REFERRED.plus(Duration.ofMinutes(45)));
            case CASE_STALE -> new CaseStale(caseId, referralId, "cpu-tirane-nj05", "Tiranë", "blerina.kola",
                    REFERRED.plus(Duration.ofDays(2)), REFERRED.plus(Duration.ofDays(16)));
            case PLACEMENT_OVERSTAYED -> new PlacementOverstayed(PLACEMENT_ID, "house-of-colors", referralId, caseId,
                    "cpu-tirane-nj05", "Tiranë", REFERRED.plus(Duration.ofHours(74)),
                    REFERRED.plus(Duration.ofHours(74)).plusSeconds(15));
            case DIRECTORY_UNIT_CHANGED -> new DirectoryUnitChanged("cpu-tirane-nj05",
                    "Njësia për Mbrojtjen e Fëmijëve, Tiranë, Njësia Administrative Nr. 5", "Tiranë",
                    "Njësia Administrative Nr. 5", true, DIRECTORY_EDITED);
            case DIRECTORY_STATION_CHANGED -> new DirectoryStationChanged("PS-KAMEZ", "Komisariati i Policisë Kamëz",
                    "Kamëz", true, DIRECTORY_EDITED);
            case DIRECTORY_AGENCY_CHANGED -> new DirectoryAgencyChanged("house-of-colors",
                    "Shtëpia e Ngjyrave (House of Colors), qendër emergjente 24/7 për fëmijë dhe nëna me fëmijë",
                    "SHELTER", "Tiranë", true, DIRECTORY_EDITED);
            case DIRECTORY_MEMBER_CHANGED -> new DirectoryMemberChanged("cpu.kamez.worker1", "Mirela Dervishi",
                    StaffRole.CPU_WORKER, "cpu-kamez", "Kamëz", null, "sq", "mirela.dervishi@kamez.example", true,
                    DIRECTORY_EDITED);
        };
    }

    static ObjectNode sampleTree(EventType type) {
        return EventSchemas.mapper().valueToTree(sample(type));
    }

    private EventSamples() {
    }
}
