package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

class EventSchemasTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The record fields that may be null, as {@code Record.field} (nested records by their own simple name). */
    private static final Set<String> NULLABLE = Set.of(
            "ChildSummary.dateOfBirth",
            "ChildSummary.estimatedAge",
            "IntakeRecorded.residenceMunicipality",
            "IntakeRecorded.residenceUnit",
            "IntakeCorrected.residenceMunicipality",
            "IntakeCorrected.residenceUnit",
            "IntakeRecorded.consent",
            "IntakeRecorded.legalBasis",
            "ReferralCreated.stationCode",
            "ReferralCreated.consent",
            "ReferralCreated.legalBasis",
            "ReferralRedirected.intakeId",
            "ReferralRedirected.toCpuName",
            "ReferralRedirected.child",
            "ReferralRedirected.priority",
            "ReferralRedirected.riskLevel",
            "ReferralRedirected.situations",
            "ReferralConsentWithdrawn.legalBasis",
            "TaskEscalated.assignee",
            "TaskCancelled.assignee",
            "CaseStale.referralId",
            "CaseStale.worker",
            "PlacementRequested.referralId",
            "PlacementRequested.caseId",
            "PlacementRequested.cpuCode",
            "PlacementAdmitted.referralId",
            "PlacementAdmitted.caseId",
            "PlacementDischarged.referralId",
            "PlacementDischarged.caseId",
            "PlacementEscalated.referralId",
            "PlacementEscalated.caseId",
            "PlacementEscalated.cpuCode",
            "PlacementOverstayed.referralId",
            "PlacementOverstayed.caseId",
            "PlacementOverstayed.cpuCode",
            "DirectoryUnitChanged.administrativeUnit",
            "DirectoryMemberChanged.cpuCode",
            "DirectoryMemberChanged.municipality",
            "DirectoryMemberChanged.shelterCode",
            "DirectoryMemberChanged.email");

    private static final Instant CONTACT = Instant.parse("2025-03-14T08:05:00Z");
    private static final Instant REFERRED = CONTACT.plus(Duration.ofHours(1));
    /** Acknowledgement deadline of the sample (EMERGENCY) referral. */
    private static final Instant ACKNOWLEDGE_BY = REFERRED.plus(Duration.ofHours(2));
    /** When the police team corrected the sample intake (the referral carries the same instant). */
    private static final Instant CORRECTED = CONTACT.plus(Duration.ofHours(3)).plusMillis(250);
    /** The sample intake's child after the correction: family name and date of birth were mistyped. */
    private static final ChildSummary CORRECTED_CHILD =
            new ChildSummary("Ardit", "Hoxhaj", LocalDate.of(2012, 5, 13), null, Sex.MALE);
    private static final List<Situation> CORRECTED_SITUATIONS = List.of(Situation.VICTIM,
            Situation.WITHOUT_PARENTAL_CARE, Situation.SUSPECTED_TRAFFICKING_VICTIM);

    private static final UUID CHILD_ID = UUID.fromString("0d3a9b7c-5e2f-4a18-b6c4-9e8d7f6a5b4c");
    private static final UUID TASK_ID = UUID.fromString("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d");
    private static final UUID REQUEST_ID = UUID.fromString("4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
    private static final UUID PLACEMENT_ID = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    /** When the sample directory entries were last edited. */
    private static final Instant DIRECTORY_EDITED = Instant.parse("2025-03-10T09:30:00Z");
    /** The law a referral without consent goes on under. */
    private static final String CHILD_RIGHTS_LAW = "Ligji nr. 18/2017 \"Për të drejtat dhe mbrojtjen e fëmijës\"";

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

    static List<String> violations(EventType type, JsonNode payload) {
        return EventSchemas.violations(type.ceType(), payload.toString());
    }

    /**
     * The violations less the one that a nullable reference ({@code anyOf: [definition, null]}) adds for a value that
     * is not null ("object found, null expected"): the definition's own violation is the one that says what is wrong.
     */
    static List<String> violationsBesidesNull(EventType type, JsonNode payload) {
        return violations(type, payload).stream().filter(v -> !v.endsWith(" found, null expected")).toList();
    }

    static JsonNode schemaFile(EventType type) throws IOException {
        try (InputStream in = EventSchemasTests.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema of %s at %s", type, type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        }
    }

    // ---------------------------------------------------------------- valid payloads

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aRealisticSampleSerializedWithTheSharedMapperIsValid(EventType type) throws Exception {
        Record payload = sample(type);
        assertThat(payload).isInstanceOf(type.payload());
        String json = EventSchemas.mapper().writeValueAsString(payload);

        assertThat(EventSchemas.violations(type.ceType(), json)).isEmpty();
        assertThat(EventSchemas.violations(type, payload)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aSampleReadsBackToAnEqualRecord(EventType type) throws Exception {
        Record payload = sample(type);
        String json = EventSchemas.mapper().writeValueAsString(payload);
        assertThat(EventSchemas.mapper().readValue(json, type.payload())).isEqualTo(payload);
    }

    @Test
    void anIntakeWithUnknownResidenceAndOnlyAnEstimatedAgeIsValid() {
        IntakeRecorded intake = new IntakeRecorded(UUID.randomUUID(), "DPT-DR-01", "Durrës", Instant.now(),
                new ChildSummary("Elirë", "Çela", null, 14, Sex.FEMALE), null, null,
                List.of(Situation.UNACCOMPANIED_FOREIGN_CHILD), RiskLevel.LOW, Priority.NORMAL, Instant.now());
        assertThat(EventSchemas.violations(EventType.INTAKE_RECORDED, intake)).isEmpty();

        ObjectNode tree = EventSchemas.mapper().valueToTree(intake);
        tree.remove("residenceMunicipality");
        tree.remove("residenceUnit");
        ((ObjectNode) tree.get("child")).remove("dateOfBirth");
        assertThat(violations(EventType.INTAKE_RECORDED, tree)).as("absent nullable fields").isEmpty();
    }

    @Test
    void aCorrectionToAnUnknownResidenceIsValid() {
        IntakeCorrected correction = new IntakeCorrected(UUID.randomUUID(), "DPT-DR-01", "Durrës",
                new ChildSummary("Elirë", "Çela", null, 14, Sex.FEMALE), null, null,
                List.of(Situation.UNACCOMPANIED_FOREIGN_CHILD), RiskLevel.MEDIUM, Priority.HIGH, "police.durres.psy1",
                Instant.now());
        assertThat(EventSchemas.violations(EventType.INTAKE_CORRECTED, correction)).isEmpty();

        ObjectNode tree = EventSchemas.mapper().valueToTree(correction);
        tree.remove("residenceMunicipality");
        tree.remove("residenceUnit");
        assertThat(violations(EventType.INTAKE_CORRECTED, tree)).as("absent nullable fields").isEmpty();
    }

    @Test
    void theMapperWritesIsoDatesAndIgnoresUnknownPropertiesWhenReading() throws Exception {
        ObjectMapper mapper = EventSchemas.mapper();
        assertThat(mapper).isSameAs(EventSchemas.mapper());
        JsonNode tree = mapper.valueToTree(sample(EventType.INTAKE_RECORDED));
        assertThat(tree.get("contactAt").asText()).isEqualTo("2025-03-14T08:05:00Z");
        assertThat(tree.get("recordedAt").asText()).isEqualTo("2025-03-14T08:41:12.123456789Z");
        assertThat(tree.get("child").get("dateOfBirth").asText()).isEqualTo("2012-05-03");
        assertThat(tree.get("intakeId").asText()).isEqualTo("3f1c2a9e-6d4b-4c1e-9a7f-2b8d5e0c1a11");

        ObjectNode newer = sampleTree(EventType.CASE_OPENED).put("addedInV2", "x");
        assertThat(mapper.treeToValue(newer, CaseOpened.class)).isEqualTo(sample(EventType.CASE_OPENED));
    }

    // ---------------------------------------------------------------- invalid payloads

    /** Every required field of every type, nested ChildSummary fields included, as (type, JSON path). */
    static Stream<Arguments> requiredFields() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : requiredPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> requiredPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (!NULLABLE.contains(record.getSimpleName() + "." + c.getName())) {
                paths.add(prefix + c.getName());
            }
            if (c.getType().isRecord()) {
                paths.addAll(requiredPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void aPayloadWithoutARequiredFieldIsRejectedNamingTheField(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).remove(field);

        List<String> violations = violations(type, tree);
        assertThat(violations).isNotEmpty();
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("'" + field + "'").contains("required"));
    }

    @ParameterizedTest(name = "{0} with {1} = null")
    @MethodSource("requiredFields")
    void aRequiredFieldSetToNullIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).putNull(field);

        assertThat(violations(type, tree)).anySatisfy(v -> assertThat(v).contains(field).contains("null"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anExtraFieldIsRejectedAtTheTopLevel(EventType type) {
        ObjectNode tree = sampleTree(type).put("homeAddress", "Rruga e Kavajës 12");
        assertThat(violations(type, tree)).singleElement().asString().contains("homeAddress");
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"INTAKE_RECORDED", "INTAKE_CORRECTED", "REFERRAL_CREATED",
            "REFERRAL_CORRECTED", "REFERRAL_REDIRECTED"})
    void anExtraFieldIsRejectedInTheChildSummary(EventType type) {
        ObjectNode tree = sampleTree(type);
        ((ObjectNode) tree.get("child")).put("fatherName", "Besnik");
        assertThat(violationsBesidesNull(type, tree)).singleElement().asString().contains("fatherName").contains("child");
    }

    /** Every enum-typed field of every type, nested ones included, as (type, JSON path). */
    static Stream<Arguments> enumFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : enumPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> enumPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType().isEnum()) {
                paths.add(prefix + c.getName());
            } else if (c.getType().isRecord()) {
                paths.addAll(enumPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    @ParameterizedTest(name = "{0} with an unknown {1}")
    @MethodSource("enumFields")
    void anEnumValueOutsideTheListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).put(field, "CRITICAL");
        assertThat(violationsBesidesNull(type, tree)).singleElement().asString().contains(field).contains("enum");

        parentOf(tree, path).put(field, parentOf(sampleTree(type), path).get(field).asText().toLowerCase());
        assertThat(violations(type, tree)).as("enum values are case-sensitive").isNotEmpty();
    }

    /** Every field holding a list of enum values, nested ones included, as (type, JSON path). */
    static Stream<Arguments> enumListFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : enumListPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> enumListPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (listElementType(c) instanceof Class<?> element && element.isEnum()) {
                paths.add(prefix + c.getName());
            } else if (c.getType().isRecord()) {
                paths.addAll(enumListPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    /** The element type of a {@code List<...>} component; null when the component is not a parameterized List. */
    private static Type listElementType(RecordComponent c) {
        if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType list) {
            return list.getActualTypeArguments()[0];
        }
        return null;
    }

    @Test
    void theSamplesCoverSeveralEnumValuesInAList() {
        assertThat(enumListFields()).as("List<enum> fields").isNotEmpty();
        assertThat(sampleTree(EventType.INTAKE_RECORDED).get("situations")).hasSize(2);
    }

    @ParameterizedTest(name = "{0} with an unknown value in {1}")
    @MethodSource("enumListFields")
    void anEnumListElementOutsideTheListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        ArrayNode values = (ArrayNode) parentOf(tree, path).get(field);
        String first = values.get(0).asText();
        values.set(0, "CRITICAL");
        assertThat(violations(type, tree)).singleElement().asString().contains(field).contains("enum");

        values.set(0, first.toLowerCase());
        assertThat(violations(type, tree)).as("enum values are case-sensitive").isNotEmpty();

        values.set(0, first);
        values.addNull();
        assertThat(violations(type, tree)).as("null element").isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains(field + "[" + (values.size() - 1) + "]"));
    }

    @ParameterizedTest(name = "{0} with an empty {1}")
    @MethodSource("enumListFields")
    void anEmptyEnumListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).putArray(field);
        assertThat(violations(type, tree)).singleElement().asString().contains(field).contains("at least 1");
    }

    @ParameterizedTest(name = "{0} with a duplicate in {1}")
    @MethodSource("enumListFields")
    void aDuplicateInAnEnumListIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        ArrayNode values = (ArrayNode) parentOf(tree, path).get(field);
        values.add(values.get(0).asText());
        assertThat(violations(type, tree)).singleElement().asString().contains(field).contains("unique");

        parentOf(tree, path).put(field, values.get(0).asText());
        assertThat(violations(type, tree)).as("a single value instead of a list").singleElement().asString()
                .contains(field).contains("array");
    }

    @Test
    void everySituationCanBeCombinedOnOneIntake() {
        ObjectNode tree = sampleTree(EventType.INTAKE_RECORDED);
        ArrayNode all = tree.putArray("situations");
        Arrays.stream(Situation.values()).forEach(s -> all.add(s.name()));
        assertThat(violations(EventType.INTAKE_RECORDED, tree)).isEmpty();
    }

    @Test
    void malformedIdsAndDatesAreRejected() {
        ObjectNode intake = sampleTree(EventType.INTAKE_RECORDED);
        intake.put("intakeId", "intake-42");
        intake.put("contactAt", "14.03.2025 09:05");
        ((ObjectNode) intake.get("child")).put("dateOfBirth", "03/05/2012");
        assertThat(violations(EventType.INTAKE_RECORDED, intake)).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("intakeId").contains("uuid"))
                .anySatisfy(v -> assertThat(v).contains("contactAt").contains("date-time"))
                .anySatisfy(v -> assertThat(v).contains("dateOfBirth").contains("date"));

        ObjectNode epochMillis = sampleTree(EventType.CASE_OPENED).put("openedAt", 1741939500000L);
        assertThat(violations(EventType.CASE_OPENED, epochMillis)).as("Instant as a number").isNotEmpty();

        ObjectNode negativeAge = sampleTree(EventType.REFERRAL_CREATED);
        ((ObjectNode) negativeAge.get("child")).put("estimatedAge", -1);
        assertThat(violations(EventType.REFERRAL_CREATED, negativeAge)).singleElement().asString()
                .contains("estimatedAge");

        ObjectNode blankCode = sampleTree(EventType.TASK_ASSIGNED).put("cpuCode", "");
        assertThat(violations(EventType.TASK_ASSIGNED, blankCode)).singleElement().asString().contains("cpuCode");

        ObjectNode stringFlag = sampleTree(EventType.TASK_ASSIGNED).put("assignedToSupervisor", "false");
        assertThat(violations(EventType.TASK_ASSIGNED, stringFlag)).singleElement().asString()
                .contains("assignedToSupervisor");
    }

    /** Every non-nullable text field of every type, nested ones included, as (type, JSON path). */
    static Stream<Arguments> requiredTextFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : requiredTextPaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> requiredTextPaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType() == String.class && !NULLABLE.contains(record.getSimpleName() + "." + c.getName())) {
                paths.add(prefix + c.getName());
            } else if (c.getType().isRecord()) {
                paths.addAll(requiredTextPaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    /** Codes, names, users, reasons and outcomes carry something: an empty string is not a value. */
    @ParameterizedTest(name = "{0} with an empty {1}")
    @MethodSource("requiredTextFields")
    void anEmptyRequiredTextIsRejected(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).put(field, "");
        assertThat(violationsBesidesNull(type, tree)).singleElement().asString().contains(field);
    }

    @Test
    void aPayloadOfAnotherTypeIsRejected() throws Exception {
        String referral = EventSchemas.mapper().writeValueAsString(sample(EventType.REFERRAL_CREATED));
        assertThat(EventSchemas.violations(EventType.INTAKE_RECORDED.ceType(), referral)).isNotEmpty();
        String correction = EventSchemas.mapper().writeValueAsString(sample(EventType.INTAKE_CORRECTED));
        assertThat(EventSchemas.violations(EventType.INTAKE_RECORDED.ceType(), correction)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.REFERRAL_CREATED, sample(EventType.REFERRAL_CORRECTED)))
                .singleElement().asString().contains("ReferralCorrected");
        assertThat(EventSchemas.violations(EventType.CASE_OPENED, sample(EventType.TASK_ASSIGNED)))
                .singleElement().asString().contains("TaskAssigned");

        String redirected = EventSchemas.mapper().writeValueAsString(sample(EventType.REFERRAL_REDIRECTED));
        assertThat(EventSchemas.violations(EventType.REFERRAL_REJECTED.ceType(), redirected)).isNotEmpty();
        String escalated = EventSchemas.mapper().writeValueAsString(sample(EventType.REFERRAL_ESCALATED));
        assertThat(EventSchemas.violations(EventType.REFERRAL_ACKNOWLEDGED.ceType(), escalated)).isNotEmpty();
        assertThat(EventSchemas.violations(EventType.REFERRAL_ACCEPTED, sample(EventType.REFERRAL_ACKNOWLEDGED)))
                .singleElement().asString().contains("ReferralAcknowledged");
    }

    /**
     * The Kafka key (and ce_subject) is the aggregate id, so every payload carries it and its schema says which field
     * it is. Placement events are keyed by the request, the placement or the shelter they are about; a directory
     * entry by its kind and code (or username), which its schema spells out.
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPayloadCarriesTheAggregateIdItIsKeyedBy(EventType type) throws Exception {
        Map<String, Set<String>> keysByTopic = Map.of(Topics.INTAKE, Set.of("intakeId"), Topics.REFERRAL,
                Set.of("referralId"), Topics.CASE, Set.of("caseId"), Topics.PLACEMENT,
                Set.of("requestId", "placementId", "shelterCode"), Topics.DIRECTORY, Set.of("code", "username"));
        Set<String> keys = keysByTopic.get(type.topic());
        assertThat(keys).as("aggregate ids of %s", type.topic()).isNotNull();
        JsonNode properties = schemaFile(type).path("properties");
        List<String> keyed = new ArrayList<>();
        properties.fields().forEachRemaining(p -> {
            if (p.getValue().path("description").asText().contains("Kafka key")) {
                keyed.add(p.getKey());
            }
        });
        assertThat(keyed).as("fields of %s described as the Kafka key", type).hasSize(1);
        String key = keyed.get(0);
        assertThat(keys).as("aggregate id of %s", type).contains(key);
        assertThat(Arrays.stream(type.payload().getRecordComponents()).filter(c -> c.getName().equals(key)))
                .as("%s.%s", type, key).hasSize(1);

        if (type.topic().equals(Topics.DIRECTORY)) {
            Record sample = sample(type);
            String entryId = (String) type.payload().getMethod("entryId").invoke(sample);
            Object keyValue = type.payload().getMethod(key).invoke(sample);
            String kind = entryId.substring(0, entryId.indexOf(':') + 1);
            assertThat(kind).as("entry id of %s", type).isIn(DirectoryEntries.UNIT, DirectoryEntries.STATION,
                    DirectoryEntries.AGENCY, DirectoryEntries.MEMBER);
            assertThat(entryId).isEqualTo(kind + keyValue);
            assertThat(properties.path(key).path("description").asText()).as("the key as the schema spells it")
                    .contains(kind + "<" + key + ">");
        }
    }

    @Test
    void aStationAndAUnitThatShareACodeAreTwoDirectoryEntries() {
        DirectoryUnitChanged unit = new DirectoryUnitChanged("KAMEZ", "Njësia për Mbrojtjen e Fëmijëve, Bashkia Kamëz",
                "Kamëz", null, true, DIRECTORY_EDITED);
        DirectoryStationChanged station = new DirectoryStationChanged("KAMEZ", "Komisariati i Policisë Kamëz", "Kamëz",
                true, DIRECTORY_EDITED);
        assertThat(unit.entryId()).isEqualTo("unit:KAMEZ").isNotEqualTo(station.entryId());
        assertThat(((DirectoryMemberChanged) sample(EventType.DIRECTORY_MEMBER_CHANGED)).entryId())
                .isEqualTo("member:cpu.kamez.worker1");
    }

    /** Every nullable field of every type, nested ones included, as (type, JSON path). */
    static Stream<Arguments> nullableFields() {
        List<Arguments> all = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (String path : nullablePaths(type.payload(), "")) {
                all.add(Arguments.of(type, path));
            }
        }
        return all.stream();
    }

    private static List<String> nullablePaths(Class<?> record, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (NULLABLE.contains(record.getSimpleName() + "." + c.getName())) {
                paths.add(prefix + c.getName());
            }
            if (c.getType().isRecord()) {
                paths.addAll(nullablePaths(c.getType(), prefix + c.getName() + "."));
            }
        }
        return paths;
    }

    /** A field added to a v1 type is nullable, so what producers wrote before it existed stays valid. */
    @ParameterizedTest(name = "{0} with {1} null or absent")
    @MethodSource("nullableFields")
    void aNullableFieldMayBeNullOrAbsent(EventType type, String path) {
        ObjectNode tree = sampleTree(type);
        String field = path.substring(path.lastIndexOf('.') + 1);
        parentOf(tree, path).putNull(field);
        assertThat(violations(type, tree)).as("null").isEmpty();
        parentOf(tree, path).remove(field);
        assertThat(violations(type, tree)).as("absent").isEmpty();
    }

    @Test
    void eventsWrittenBeforeConsentAndTheRedirectedChildExistedAreStillValid() {
        IntakeRecorded intake = (IntakeRecorded) sample(EventType.INTAKE_RECORDED);
        IntakeRecorded olderIntake = new IntakeRecorded(intake.intakeId(), intake.stationCode(),
                intake.stationMunicipality(), intake.contactAt(), intake.child(), intake.residenceMunicipality(),
                intake.residenceUnit(), intake.situations(), intake.riskLevel(), intake.priority(), intake.recordedAt());
        assertThat(olderIntake.consent()).isNull();
        assertThat(EventSchemas.violations(EventType.INTAKE_RECORDED, olderIntake)).isEmpty();

        ReferralCreated referral = (ReferralCreated) sample(EventType.REFERRAL_CREATED);
        ReferralCreated olderReferral = new ReferralCreated(referral.referralId(), referral.intakeId(),
                referral.cpuCode(), referral.cpuName(), referral.municipality(), referral.priority(), referral.child(),
                referral.situations(), referral.riskLevel(), referral.routingReason(), referral.createdAt(),
                referral.acknowledgeBy(), referral.stationCode());
        assertThat(EventSchemas.violations(EventType.REFERRAL_CREATED, olderReferral)).isEmpty();

        ReferralRedirected redirect = (ReferralRedirected) sample(EventType.REFERRAL_REDIRECTED);
        ReferralRedirected olderRedirect = new ReferralRedirected(redirect.referralId(), redirect.fromCpuCode(),
                redirect.toCpuCode(), redirect.toMunicipality(), redirect.by(), redirect.reason(),
                redirect.acknowledgeBy(), redirect.at());
        assertThat(olderRedirect.child()).isNull();
        assertThat(EventSchemas.violations(EventType.REFERRAL_REDIRECTED, olderRedirect)).isEmpty();
    }

    @Test
    void aRedirectedChildIsCheckedAsAReferralsChildIs() {
        ObjectNode redirect = sampleTree(EventType.REFERRAL_REDIRECTED);
        ((ObjectNode) redirect.get("child")).remove("sex");
        assertThat(violationsBesidesNull(EventType.REFERRAL_REDIRECTED, redirect)).singleElement().asString()
                .contains("child").contains("'sex'");

        ObjectNode empty = sampleTree(EventType.REFERRAL_REDIRECTED);
        empty.putArray("situations");
        assertThat(violations(EventType.REFERRAL_REDIRECTED, empty)).as("an empty list is not an absent one")
                .singleElement().asString().contains("situations");
    }

    @Test
    void aDirectoryMemberReadsNoticesInAlbanianOrEnglish() {
        ObjectNode member = sampleTree(EventType.DIRECTORY_MEMBER_CHANGED);
        assertThat(violations(EventType.DIRECTORY_MEMBER_CHANGED, member.put("language", "en"))).isEmpty();
        assertThat(violations(EventType.DIRECTORY_MEMBER_CHANGED, member.put("language", "it"))).singleElement()
                .asString().contains("language");
        assertThat(violations(EventType.DIRECTORY_MEMBER_CHANGED, member.put("language", "SQ"))).singleElement()
                .asString().contains("language");
    }

    @Test
    void aTaskNobodyTookIsEscalatedWithoutAnAssignee() {
        TaskEscalated escalation = new TaskEscalated(TASK_ID, UUID.randomUUID(), UUID.randomUUID(), "cpu-kamez",
                "Kamëz", "FIRST_CONTACT", null, Priority.EMERGENCY, TaskEscalated.Reason.UNASSIGNED,
                EscalationLevel.SARPC, REFERRED.plus(Duration.ofHours(24)), REFERRED.plus(Duration.ofHours(1)));
        assertThat(EventSchemas.violations(EventType.TASK_ESCALATED, escalation)).isEmpty();

        ReferralConsentWithdrawn closing = new ReferralConsentWithdrawn(UUID.randomUUID(), "cpu-kamez", "Kamëz",
                "cpu.kamez.supervisor", false, null, REFERRED);
        assertThat(EventSchemas.violations(EventType.REFERRAL_CONSENT_WITHDRAWN, closing)).isEmpty();
    }

    @Test
    void anUnknownTypeOrANonJsonPayloadGivesOneViolationSayingSo() {
        assertThat(EventSchemas.violations("al.childprotection.intake.recorded.v9", "{}"))
                .singleElement().asString().contains("unknown").contains("al.childprotection.intake.recorded.v9");
        assertThat(EventSchemas.violations(null, "{}")).singleElement().asString().contains("unknown");

        String ceType = EventType.CASE_OPENED.ceType();
        assertThat(EventSchemas.violations(ceType, "{\"caseId\": ")).singleElement().asString()
                .contains("not valid JSON");
        assertThat(EventSchemas.violations(ceType, "{} {}")).singleElement().asString().contains("not valid JSON");
        assertThat(EventSchemas.violations(ceType, "  ")).singleElement().asString().contains("empty");
        assertThat(EventSchemas.violations(ceType, null)).singleElement().asString().contains("empty");
        assertThat(EventSchemas.violations(ceType, "[]")).isNotEmpty();
        assertThat(EventSchemas.violations(ceType, "null")).isNotEmpty();
    }

    @Test
    void validationIsThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                EventType type = EventType.values()[i % EventType.values().length];
                boolean broken = i % 3 == 0;
                jobs.add(() -> {
                    ObjectNode tree = sampleTree(type);
                    if (broken) {
                        tree.put("unexpected", true);
                    }
                    return violations(type, tree).isEmpty() == !broken;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the schema files themselves

    @Test
    void everyEventTypeHasASchemaFileAndEverySchemaFileAnEventType() throws IOException, URISyntaxException {
        URL dir = EventSchemasTests.class.getResource("/schemas");
        assertThat(dir).isNotNull();
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = Arrays.stream(EventType.values())
                .map(t -> t.schemaResource().substring("/schemas/".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).isEqualTo(expected);
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType).distinct()).hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaIsAValidDraft202012SchemaClosedAtEveryLevel(EventType type) throws IOException {
        JsonNode schema = schemaFile(type);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).endsWith(type.ceType());

        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(schema)).isEmpty();

        List<String> objects = new ArrayList<>();
        collectObjectSchemas(schema, "#", objects);
        assertThat(objects).isNotEmpty();
        for (String pointer : objects) {
            JsonNode node = schema.at(pointer.substring(1));
            assertThat(node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean())
                    .as("additionalProperties: false at %s of %s", pointer, type).isTrue();
        }
    }

    private static void collectObjectSchemas(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            if (node.has("properties") || "object".equals(node.path("type").asText())) {
                found.add(pointer);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collectObjectSchemas(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                        found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjectSchemas(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    /** The schema describes exactly what Jackson writes for the record: names, JSON types, formats, enums, nulls. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaMirrorsItsRecord(EventType type) throws IOException {
        JsonNode schema = schemaFile(type);
        assertMirrors(schema, schema, type.payload());
    }

    private static void assertMirrors(JsonNode root, JsonNode objectSchema, Class<?> record) {
        assertThat(objectSchema.path("type").asText()).isEqualTo("object");
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("properties of %s", record.getSimpleName()).isEqualTo(components);

        Set<String> required = new HashSet<>();
        objectSchema.path("required").forEach(n -> required.add(n.asText()));
        Set<String> expectedRequired = components.stream()
                .filter(c -> !NULLABLE.contains(record.getSimpleName() + "." + c))
                .collect(Collectors.toSet());
        assertThat(required).as("required of %s", record.getSimpleName()).isEqualTo(expectedRequired);

        for (RecordComponent c : record.getRecordComponents()) {
            String where = record.getSimpleName() + "." + c.getName();
            JsonNode declared = objectSchema.path("properties").path(c.getName());
            boolean nullableReference = isNullableReference(declared);
            JsonNode property = resolve(root, nullableReference ? declared.path("anyOf").get(0) : declared);
            boolean nullable = NULLABLE.contains(where);
            Set<String> types = new HashSet<>();
            if (property.path("type").isArray()) {
                property.path("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(property.path("type").asText());
            }
            if (nullableReference) {
                types.add("null");
            }
            assertThat(types.contains("null")).as("%s nullable", where).isEqualTo(nullable);
            types.remove("null");
            Class<?> javaType = c.getType();
            String format = property.path("format").asText(null);
            if (javaType == UUID.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isEqualTo("uuid");
            } else if (javaType == Instant.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isEqualTo("date-time");
            } else if (javaType == LocalDate.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isEqualTo("date");
            } else if (javaType == String.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isNull();
            } else if (javaType == boolean.class || javaType == Boolean.class) {
                assertThat(types).as(where).containsExactly("boolean");
            } else if (javaType == int.class || javaType == Integer.class || javaType == long.class
                    || javaType == Long.class) {
                assertThat(types).as(where).containsExactly("integer");
            } else if (javaType.isEnum()) {
                assertThat(types).as(where).containsExactly("string");
                assertEnumMirrors(where, property, javaType);
            } else if (listElementType(c) instanceof Class<?> element && element.isEnum()) {
                // a set of values: at least one, each at most once, each a non-null enum constant
                assertThat(types).as(where).containsExactly("array");
                assertThat(property.path("minItems").asInt(-1)).as("minItems of %s", where).isEqualTo(1);
                assertThat(property.path("uniqueItems").asBoolean(false)).as("uniqueItems of %s", where).isTrue();
                JsonNode items = resolve(root, property.path("items"));
                assertThat(items.isMissingNode()).as("items of %s", where).isFalse();
                assertThat(items.path("type").isTextual()).as("items of %s not nullable", where).isTrue();
                assertThat(items.path("type").asText()).as("items of %s", where).isEqualTo("string");
                assertEnumMirrors(where + "[]", items, element);
            } else if (javaType.isRecord()) {
                assertMirrors(root, property, javaType);
            } else {
                Type generic = c.getGenericType();
                throw new AssertionError(where + ": no JSON mapping known for " + (generic instanceof ParameterizedType
                        ? generic.getTypeName() : javaType.getName()) + "; extend this test and the schema");
            }
        }
    }

    private static void assertEnumMirrors(String where, JsonNode schema, Class<?> enumType) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        List<String> constants = Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        assertThat(values).as("enum of %s", where).isEqualTo(constants);
    }

    /**
     * A shared definition that may be null is written {@code anyOf: [{$ref: ...}, {type: null}]}: a {@code $ref}
     * beside {@code type: [..., null]} would still reject null, since both apply.
     */
    private static boolean isNullableReference(JsonNode property) {
        JsonNode anyOf = property.path("anyOf");
        if (anyOf.isMissingNode()) {
            return false;
        }
        assertThat(anyOf.size()).as("anyOf of %s", property).isEqualTo(2);
        assertThat(anyOf.get(0).has("$ref") && anyOf.get(0).size() == 1).as("first of anyOf is a $ref: %s", property)
                .isTrue();
        assertThat(anyOf.get(1)).as("second of anyOf is null: %s", property)
                .isEqualTo(JSON.createObjectNode().put("type", "null"));
        assertThat(property.has("type")).as("no type beside anyOf: %s", property).isFalse();
        return true;
    }

    /** Follows a local {@code $ref}, merging the referring node's own keywords (description) over the target. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        assertThat(ref).startsWith("#/");
        JsonNode target = root.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("target of %s", ref).isFalse();
        ObjectNode merged = ((ObjectNode) resolve(root, target)).deepCopy();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** Shared definitions are copied per schema (self-contained files); the copies must not drift apart. */
    @Test
    void sharedDefinitionsAreIdenticalInEverySchema() throws IOException {
        Map<String, JsonNode> first = new LinkedHashMap<>();
        Map<String, EventType> firstIn = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            JsonNode defs = schemaFile(type).path("$defs");
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> def = it.next();
                JsonNode earlier = first.putIfAbsent(def.getKey(), def.getValue());
                firstIn.putIfAbsent(def.getKey(), type);
                if (earlier != null) {
                    assertThat(def.getValue()).as("$defs/%s in %s and %s", def.getKey(), type,
                            firstIn.get(def.getKey())).isEqualTo(earlier);
                }
            }
        }
        assertThat(first).containsKeys("ChildSummary", "Sex", "Situation", "RiskLevel", "Priority",
                "EscalationLevel");
    }

    // ---------------------------------------------------------------- AsyncAPI

    private static String asyncApiText() throws IOException {
        try (InputStream in = EventSchemasTests.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theAsyncApiDocumentMentionsEveryTypeTopicAndDeadLetterTopic() throws IOException {
        String text = asyncApiText();
        for (EventType type : EventType.values()) {
            assertThat(text).as("ce_type of %s", type).contains(type.ceType());
            assertThat(text).as("topic of %s", type).contains("address: " + type.topic());
            assertThat(text).as("payload of %s", type).contains("$ref: '." + type.schemaResource() + "'");
        }
        for (String topic : List.of(Topics.INTAKE, Topics.REFERRAL, Topics.CASE, Topics.PLACEMENT,
                Topics.NOTIFICATION, Topics.DIRECTORY, "intake.events.referral-service.dlt", "referral.events.case-service.dlt",
                "case.events.notification-service.dlt")) {
            assertThat(text).contains("address: " + topic);
        }
        for (String header : List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_correlationid", "content-type")) {
            assertThat(text).contains(header + ":");
        }
        assertThat(text).contains("host: 127.0.0.1:9092");
    }

    @Test
    void theAsyncApiDocumentIsConsistent() throws IOException {
        JsonNode doc = new YAMLMapper().readTree(asyncApiText());
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.at("/servers/kafka/protocol").asText()).isEqualTo("kafka");

        // every local $ref resolves; every file $ref names a schema on the classpath
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as("target of %s", ref).isFalse();
            } else {
                assertThat(ref).startsWith("./schemas/");
                assertThat(EventSchemasTests.class.getResource(ref.substring(1))).as(ref).isNotNull();
            }
        }

        // every event type: a message on its topic's channel, sent by exactly one operation
        Map<String, String> channelByAddress = new LinkedHashMap<>();
        doc.path("channels").fields().forEachRemaining(e -> channelByAddress.put(e.getValue().path("address").asText(),
                e.getKey()));
        for (EventType type : EventType.values()) {
            String channel = channelByAddress.get(type.topic());
            assertThat(channel).as("channel of %s", type.topic()).isNotNull();
            List<String> messageNames = new ArrayList<>();
            doc.path("channels").path(channel).path("messages").forEach(m -> messageNames.add(
                    doc.at(m.path("$ref").asText().substring(1)).path("name").asText()));
            assertThat(messageNames).as("messages of %s", type.topic()).contains(type.ceType());

            long senders = Stream.of(doc.path("operations")).flatMap(ops -> {
                List<JsonNode> list = new ArrayList<>();
                ops.forEach(list::add);
                return list.stream();
            }).filter(op -> op.path("action").asText().equals("send"))
                    .filter(op -> op.at("/channel/$ref").asText().equals("#/channels/" + channel))
                    .flatMap(op -> {
                        List<String> names = new ArrayList<>();
                        op.path("messages").forEach(m -> names.add(
                                doc.at(doc.at(m.path("$ref").asText().substring(1)).path("$ref").asText().substring(1))
                                        .path("name").asText()));
                        return names.stream();
                    })
                    .filter(type.ceType()::equals)
                    .count();
            assertThat(senders).as("send operations of %s", type).isEqualTo(1);
        }

        // every consumed channel has a receiver and that receiver's dead-letter topic
        Map<String, List<String>> consumers = Map.of(
                Topics.INTAKE, List.of("referral-service", "notification-service"),
                Topics.REFERRAL, List.of("case-service", "notification-service", "police-intake-service",
                        "shelter-service"),
                Topics.CASE, List.of("notification-service", "referral-service", "shelter-service"),
                Topics.PLACEMENT, List.of("case-service", "notification-service"),
                Topics.DIRECTORY, List.of("police-intake-service", "case-service", "notification-service",
                        "shelter-service"));
        consumers.forEach((topic, services) -> services.forEach(consumer -> {
            String dlt = topic + "." + consumer + ".dlt";
            assertThat(channelByAddress).containsKey(dlt);
            boolean receives = false;
            boolean deadLetters = false;
            for (JsonNode op : doc.path("operations")) {
                String channelRef = op.at("/channel/$ref").asText();
                String tag = op.at("/tags/0/name").asText();
                receives |= op.path("action").asText().equals("receive")
                        && channelRef.equals("#/channels/" + channelByAddress.get(topic)) && tag.equals(consumer);
                deadLetters |= op.path("action").asText().equals("send")
                        && channelRef.equals("#/channels/" + channelByAddress.get(dlt)) && tag.equals(consumer);
            }
            assertThat(receives).as("%s receives %s", consumer, topic).isTrue();
            assertThat(deadLetters).as("%s dead-letters to %s", consumer, dlt).isTrue();
        }));

        // the directory is compacted, and its events are keyed by entry id, not by an aggregate's UUID
        JsonNode directory = doc.path("channels").path(channelByAddress.get(Topics.DIRECTORY));
        assertThat(directory.at("/bindings/kafka/topicConfiguration/cleanup.policy").toString())
                .isEqualTo("[\"compact\"]");
        for (EventType type : EventType.values()) {
            JsonNode message = doc.path("components").path("messages").path(type.payload().getSimpleName());
            assertThat(message.path("name").asText()).as("message of %s", type).isEqualTo(type.ceType());
            String trait = message.at("/traits/0/$ref").asText();
            String headers = message.at("/headers/allOf/0/$ref").asText();
            if (type.topic().equals(Topics.DIRECTORY)) {
                assertThat(trait).as("key of %s", type).isEqualTo("#/components/messageTraits/directoryEntry");
                assertThat(headers).as("headers of %s", type)
                        .isEqualTo("#/components/schemas/DirectoryEventHeaders");
            } else {
                assertThat(trait).as("key of %s", type).isEqualTo("#/components/messageTraits/cloudEvent");
                assertThat(headers).as("headers of %s", type).isEqualTo("#/components/schemas/CloudEventHeaders");
            }
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static ObjectNode parentOf(ObjectNode tree, String path) {
        ObjectNode node = tree;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        return node;
    }
}
