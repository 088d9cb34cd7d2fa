package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A police team corrects an intake: the referral shows the corrected child, and case-service is told. */
@QuarkusTest
class ReferralCorrectionTests {

    @Test
    void aCorrectionReachesTheReferralTightensItsClockAndIsPublished() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        publish(EventType.INTAKE_RECORDED, intake);
        Map<String, Object> referral = ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1");
        String id = (String) referral.get("id");

        IntakeCorrected correction = new IntakeCorrected(intake.intakeId(), "PS-KAMEZ", "Kamëz",
                new ChildSummary("Ardit", "Hoxhaj", LocalDate.of(2012, 7, 17), null, Sex.MALE), "Tiranë", null,
                List.of(Situation.VICTIM, Situation.SUSPECTED_TRAFFICKING_VICTIM), RiskLevel.HIGH, Priority.NORMAL,
                "police.kamza", Instant.now());
        try (EventTap tap = EventTap.on("referral.events")) {
            publish(EventType.INTAKE_CORRECTED, correction);

            Map<String, Object> corrected = await().atMost(Duration.ofSeconds(20)).until(
                    () -> ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1"),
                    r -> "Hoxhaj".equals(((Map<?, ?>) r.get("child")).get("familyName")));
            assertThat(corrected).containsEntry("priority", "EMERGENCY").containsEntry("cpuCode", "cpu-tirane");
            assertThat(((Map<?, ?>) corrected.get("child")).get("dateOfBirth")).isEqualTo("2012-07-17");
            assertThat(Instant.parse((String) corrected.get("acknowledgeBy")))
                    .isEqualTo(Instant.parse((String) corrected.get("createdAt")).plusSeconds(2 * 3600));

            ConsumerRecord<String, String> event = tap.await(EventTap.ofType(EventType.REFERRAL_CORRECTED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(15));
            assertThat(EventSchemas.violations(EventType.REFERRAL_CORRECTED.ceType(), event.value())).isEmpty();
            assertThat(event.value()).contains("Hoxhaj").contains("SUSPECTED_TRAFFICKING_VICTIM");
        }
        List<Map<String, Object>> timeline = given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                .when().get("/referrals/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(timeline).extracting(s -> s.get("actor")).contains("police.kamza");
    }

    @Test
    void aCorrectedResidenceElsewhereIsShownToTheCpuWithoutMovingTheReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        publish(EventType.INTAKE_RECORDED, intake);
        String id = (String) ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1").get("id");

        publish(EventType.INTAKE_CORRECTED, new IntakeCorrected(intake.intakeId(), "PS-KAMEZ", "Kamëz",
                intake.child(), "Durrës", null, intake.situations(), intake.riskLevel(), intake.priority(),
                "police.kamza", Instant.now()));

        List<Map<String, Object>> timeline = await().atMost(Duration.ofSeconds(20)).until(
                () -> given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                        .when().get("/referrals/" + id + "/timeline").then().statusCode(200)
                        .extract().jsonPath().<Map<String, Object>>getList("$"),
                steps -> steps.size() >= 2);
        assertThat((String) timeline.get(timeline.size() - 1).get("note")).contains("cpu-durres");
        assertThat(ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1")).containsEntry("cpuCode",
                "cpu-tirane");
    }

    private static void publish(EventType type, Record payload) {
        java.util.UUID intakeId = payload instanceof IntakeRecorded r ? r.intakeId()
                : ((IntakeCorrected) payload).intakeId();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(type, intakeId, payload, intakeId.toString());
        }
    }
}
