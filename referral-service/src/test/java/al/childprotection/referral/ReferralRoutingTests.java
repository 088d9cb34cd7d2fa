package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** An intake event on the real broker becomes a referral to the responsible CPU and a referral.created event. */
@QuarkusTest
class ReferralRoutingTests {

    @Test
    void aChildLivingInTiranaIsReferredToTiranaAndTheReferralIsPublished() {
        IntakeRecorded intake = Intakes.atKamza("Tirana");
        try (EventTap tap = EventTap.on("referral.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());

            Map<String, Object> referral = awaitReferral(intake, "cpu.tirana.worker1");
            assertThat(referral).containsEntry("cpuCode", "cpu-tirane").containsEntry("municipality", "Tiranë")
                    .containsEntry("priority", "NORMAL").containsEntry("status", "CREATED")
                    .containsEntry("stationCode", "PS-KAMEZ");
            Instant created = Instant.parse((String) referral.get("createdAt"));
            assertThat(Instant.parse((String) referral.get("acknowledgeBy"))).isEqualTo(created.plusSeconds(24 * 3600));

            ConsumerRecord<String, String> event = tap.await(r -> r.key().equals(referral.get("id")),
                    Duration.ofSeconds(15));
            assertThat(EventTap.header(event, "ce_type")).isEqualTo(EventType.REFERRAL_CREATED.ceType());
            assertThat(EventTap.header(event, "ce_correlationid")).isEqualTo(intake.intakeId().toString());
            assertThat(EventTap.header(event, "ce_source")).isEqualTo("referral-service");
            assertThat(EventSchemas.violations(EventType.REFERRAL_CREATED.ceType(), event.value())).isEmpty();
            // shelter-service lets only the sending station's team name the referral in a placement request
            assertThat(event.value()).contains("\"stationCode\":\"PS-KAMEZ\"");
        }
    }

    @Test
    void aTiranaAdministrativeUnitGetsItsOwnCpu() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë", "Njësia Administrative Nr. 5", Situation.WITNESS,
                RiskLevel.LOW);
        publish(intake);
        assertThat(awaitReferral(intake, "sarpc.analyst")).containsEntry("cpuCode", "cpu-tirane-nj05");
    }

    @Test
    void anUnknownResidenceGoesToTheStationsMunicipality() {
        IntakeRecorded intake = Intakes.atKamza(null);
        publish(intake);
        Map<String, Object> referral = awaitReferral(intake, "sarpc.analyst");
        assertThat(referral).containsEntry("cpuCode", "cpu-kamez").containsEntry("municipality", "Kamëz");
        // SARPC reads no routing reason (decision 11); the CPU staff of the station's municipality do
        IntakeRecorded atTirana = new IntakeRecorded(UUID.randomUUID(), "PS-TIRANE", "Tiranë", intake.contactAt(),
                intake.child(), null, null, intake.situations(), intake.riskLevel(), intake.priority(), Instant.now());
        publish(atTirana);
        assertThat((String) awaitReferral(atTirana, "cpu.tirana.worker1").get("routingReason"))
                .contains("residence unknown");
    }

    @Test
    void anUnaccompaniedForeignChildGoesToTheStationsMunicipalityOnEmergencyClocks() {
        IntakeRecorded intake = Intakes.atKamza("Durrës", null, Situation.UNACCOMPANIED_FOREIGN_CHILD,
                RiskLevel.MEDIUM);
        publish(intake);
        Map<String, Object> referral = awaitReferral(intake, "sarpc.analyst");
        assertThat(referral).containsEntry("cpuCode", "cpu-kamez").containsEntry("priority", "EMERGENCY");
        Instant created = Instant.parse((String) referral.get("createdAt"));
        assertThat(Instant.parse((String) referral.get("acknowledgeBy"))).isEqualTo(created.plusSeconds(2 * 3600));
    }

    @Test
    void aChildAtHighRiskInAnEmergencyAlsoNeedsTheShelterAtOnce() {
        IntakeRecorded highRisk = Intakes.atKamza("Tiranë", null, Situation.VICTIM, RiskLevel.HIGH);
        IntakeRecorded mediumRisk = Intakes.atKamza("Tiranë", null, Situation.VICTIM, RiskLevel.MEDIUM);
        try (EventTap tap = EventTap.on("referral.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, highRisk.intakeId(), highRisk, highRisk.intakeId().toString());
            publisher.publish(EventType.INTAKE_RECORDED, mediumRisk.intakeId(), mediumRisk,
                    mediumRisk.intakeId().toString());
            String referralId = (String) awaitReferral(highRisk, "cpu.tirana.worker1").get("id");
            awaitReferral(mediumRisk, "cpu.tirana.worker1");

            ConsumerRecord<String, String> need = tap.await(
                    EventTap.ofType(EventType.SHELTER_PLACEMENT_NEEDED.ceType()).and(r -> referralId.equals(r.key())),
                    Duration.ofSeconds(15));
            assertThat(EventSchemas.violations(EventType.SHELTER_PLACEMENT_NEEDED.ceType(), need.value())).isEmpty();
            assertThat(need.value()).contains("\"stationCode\":\"PS-KAMEZ\"").contains("\"riskLevel\":\"HIGH\"");
            assertThat(tap.all(Duration.ofSeconds(2))).noneMatch(r -> EventType.SHELTER_PLACEMENT_NEEDED.ceType()
                    .equals(EventTap.header(r, "ce_type"))
                    && mediumRisk.intakeId().toString().equals(EventTap.header(r, "ce_correlationid")));
        }
    }

    @Test
    void theTeamsPriorityDrivesTheClockUnlessTheChildsSituationMakesItAnEmergency() {
        IntakeRecorded high = Intakes.atKamza("Tiranë", List.of(Situation.WITNESS), Priority.HIGH);
        IntakeRecorded trafficking = Intakes.atKamza("Tiranë",
                List.of(Situation.VICTIM, Situation.SUSPECTED_TRAFFICKING_VICTIM, Situation.WITHOUT_PARENTAL_CARE),
                Priority.NORMAL);
        publish(high);
        publish(trafficking);

        Map<String, Object> highReferral = awaitReferral(high, "cpu.tirana.worker1");
        assertThat(highReferral).containsEntry("priority", "HIGH");
        assertThat(Instant.parse((String) highReferral.get("acknowledgeBy")))
                .isEqualTo(Instant.parse((String) highReferral.get("createdAt")).plusSeconds(12 * 3600));

        Map<String, Object> traffickingReferral = awaitReferral(trafficking, "cpu.tirana.worker1");
        assertThat(traffickingReferral).containsEntry("priority", "EMERGENCY");
        assertThat(traffickingReferral.get("situations"))
                .isEqualTo(List.of("VICTIM", "SUSPECTED_TRAFFICKING_VICTIM", "WITHOUT_PARENTAL_CARE"));
    }

    @Test
    void aSuspectedVictimOfTraffickingIsAlsoReferredToTheNrm() {
        IntakeRecorded trafficking = Intakes.atKamza("Durrës",
                List.of(Situation.VICTIM, Situation.SUSPECTED_TRAFFICKING_VICTIM), Priority.NORMAL);
        IntakeRecorded witness = Intakes.atKamza("Durrës", List.of(Situation.WITNESS), Priority.NORMAL);
        try (EventTap tap = EventTap.on("referral.events")) {
            publish(trafficking);
            publish(witness);
            Map<String, Object> referral = awaitReferral(trafficking, "cpu.durres.worker");
            assertThat(referral).containsEntry("cpuCode", "cpu-durres");
            String nrmReferralId = (String) referral.get("nrmReferralId");
            assertThat(nrmReferralId).isNotNull();
            assertThat(awaitReferral(witness, "cpu.durres.worker").get("nrmReferralId")).isNull();

            ConsumerRecord<String, String> nrm = tap.await(EventTap.ofType(EventType.NRM_REFERRED.ceType())
                    .and(r -> referral.get("id").equals(r.key())), Duration.ofSeconds(15));
            assertThat(EventSchemas.violations(EventType.NRM_REFERRED.ceType(), nrm.value())).isEmpty();
            assertThat(nrm.value()).contains(nrmReferralId).contains("\"agencyCode\":\"nrm\"");
        }
        given().auth().oauth2(TestTokens.of("police.kamza")).when().get("/directory/partner-agencies")
                .then().statusCode(200).body("code", org.hamcrest.Matchers.hasItem("nrm"));
        given().when().get("/directory/partner-agencies").then().statusCode(401);
    }

    @Test
    void aRedeliveredIntakeEventMakesOneReferral() {
        IntakeRecorded intake = Intakes.atKamza("Durrësi");
        try (EventTap tap = EventTap.on("referral.events"); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake,
                    intake.intakeId().toString());
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString(),
                    eventId);
            Map<String, Object> referral = awaitReferral(intake, "cpu.durres.worker");
            assertThat(referral).containsEntry("cpuCode", "cpu-durres");

            // this service's events: another run's referral-service on the shared broker refers the same intake
            List<ConsumerRecord<String, String>> published = tap.all(Duration.ofSeconds(3)).stream()
                    .filter(r -> intake.intakeId().toString().equals(EventTap.header(r, "ce_correlationid")))
                    .filter(r -> referral.get("id").equals(r.key()))
                    .toList();
            assertThat(published).hasSize(1);
            assertThat(referralsFor(intake, "sarpc.analyst")).hasSize(1);
        }
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNext() {
        IntakeRecorded next = Intakes.atKamza("Lezha");
        try (EventTap deadLetters = EventTap.on("intake.events.referral-service.dlt");
                EventPublisher publisher = new EventPublisher()) {
            publisher.publishRaw("intake.events", next.intakeId().toString(), "{\"not\": \"an event\"}");
            publisher.publish(EventType.INTAKE_RECORDED, next.intakeId(), next, next.intakeId().toString());

            ConsumerRecord<String, String> dead = deadLetters.await(
                    r -> next.intakeId().toString().equals(r.key()), Duration.ofSeconds(30));
            assertThat(dead.value()).isEqualTo("{\"not\": \"an event\"}");
            assertThat(awaitReferral(next, "sarpc.analyst")).containsEntry("cpuCode", "cpu-lezhe");
        }
    }

    private static void publish(IntakeRecorded intake) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
    }

    static Map<String, Object> awaitReferral(IntakeRecorded intake, String reader) {
        // the first test of a run may wait for the service to join the intake topic's consumer group
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> referralsFor(intake, reader), list -> !list.isEmpty()).get(0);
    }

    static List<Map<String, Object>> referralsFor(IntakeRecorded intake, String reader) {
        List<Map<String, Object>> all = given().auth().oauth2(TestTokens.of(reader))
                .queryParam("limit", 500)
                .when().get("/referrals")
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(r -> intake.intakeId().toString().equals(r.get("intakeId"))).toList();
    }
}
