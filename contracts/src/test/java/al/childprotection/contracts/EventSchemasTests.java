package al.childprotection.contracts;

import static al.childprotection.contracts.ContractFiles.violations;
import static al.childprotection.contracts.ContractFiles.violationsBesidesNull;
import static al.childprotection.contracts.EventSamples.REFERRED;
import static al.childprotection.contracts.EventSamples.TASK_ID;
import static al.childprotection.contracts.EventSamples.sample;
import static al.childprotection.contracts.EventSamples.sampleTree;
import static al.childprotection.contracts.PayloadFields.NULLABLE;
import static al.childprotection.contracts.PayloadFields.parentOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** Valid payloads pass their schema, and {@link EventSchemas} answers as it promises (mapper, unknown types, threads). */
class EventSchemasTests {

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

    @Test
    void everySituationCanBeCombinedOnOneIntake() {
        ObjectNode tree = sampleTree(EventType.INTAKE_RECORDED);
        ArrayNode all = tree.putArray("situations");
        Arrays.stream(Situation.values()).forEach(s -> all.add(s.name()));
        assertThat(violations(EventType.INTAKE_RECORDED, tree)).isEmpty();
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
}
