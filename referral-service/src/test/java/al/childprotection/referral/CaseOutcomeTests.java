package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.CaseClosed;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskCompleted;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** What case-service reports back, on the real broker: a first contact done, a case closed. */
@QuarkusTest
class CaseOutcomeTests {

    private static final String READER = "cpu.tirana.worker1";

    @Test
    void aCompletedFirstContactIsNoLongerOverdue() {
        String id = newTiranaReferral();
        UUID caseId = UUID.randomUUID();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        UUID taskId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, caseId, new TaskAssigned(taskId, caseId, UUID.fromString(id),
                    "cpu-tirane", "Tiranë", "FIRST_CONTACT", READER, false, Priority.NORMAL, anHourAgo,
                    Instant.now()), id);
            await().atMost(Duration.ofSeconds(30)).until(() -> referral(id).get("firstContactOverdue"),
                    Boolean.TRUE::equals);
            // another kind of task completed changes nothing; the first contact completed ends the clock
            publisher.publish(EventType.TASK_COMPLETED, caseId, completed(UUID.randomUUID(), caseId, id,
                    "NEEDS_ASSESSMENT"), id);
            publisher.publish(EventType.TASK_COMPLETED, caseId, completed(taskId, caseId, id, "FIRST_CONTACT"), id);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> referral(id).get("firstContactOverdue"),
                Boolean.FALSE::equals);
    }

    /** A case closed because its referral moved or ended (decision 18) follows the referral, never leads it. */
    @Test
    void aCaseClosedBecauseItsReferralEndedLeavesTheReferralAsItIs() {
        String id = newTiranaReferral();
        UUID caseId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (EventTap tap = EventTap.on("referral.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.CASE_CLOSED, caseId, new CaseClosed(caseId, UUID.randomUUID(),
                    UUID.fromString(id), "cpu-tirane", "Tiranë", "REDIRECTED", "UNKNOWN", now), id);
            // the same key keeps the order: the second closure is read after the first
            publisher.publish(EventType.CASE_CLOSED, caseId, new CaseClosed(caseId, UUID.randomUUID(),
                    UUID.fromString(id), "cpu-tirane", "Tiranë", "PROTECTION_GOALS_MET", "KINSHIP_CARE", now), id);
            ConsumerRecord<String, String> event = tap.await(EventTap.ofType(EventType.REFERRAL_CLOSED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(30));
            assertThat(event.value()).contains("KINSHIP_CARE").doesNotContain("UNKNOWN");
        }
        assertThat(referral(id)).containsEntry("status", "CLOSED").containsEntry("outcome", "KINSHIP_CARE");
    }

    @Test
    void aClosedCaseClosesItsReferralOnceWithTheOutcome() {
        String id = newTiranaReferral();
        UUID caseId = UUID.randomUUID();
        CaseClosed closed = new CaseClosed(caseId, UUID.randomUUID(), UUID.fromString(id), "cpu-tirane", "Tiranë",
                "PROTECTION_GOALS_MET", "FAMILY_REUNIFICATION", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (EventTap tap = EventTap.on("referral.events"); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.CASE_CLOSED, caseId, closed, id);
            ConsumerRecord<String, String> event = tap.await(EventTap.ofType(EventType.REFERRAL_CLOSED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(30));
            assertThat(EventSchemas.violations(EventType.REFERRAL_CLOSED.ceType(), event.value())).isEmpty();
            assertThat(event.value()).contains("FAMILY_REUNIFICATION");

            publisher.publish(EventType.CASE_CLOSED, caseId, closed, id, eventId);
            assertThat(tap.all(Duration.ofSeconds(3)).stream()
                    .filter(EventTap.ofType(EventType.REFERRAL_CLOSED.ceType())).filter(r -> id.equals(r.key())))
                    .hasSize(1);
        }
        Map<String, Object> referral = referral(id);
        assertThat(referral).containsEntry("status", "CLOSED").containsEntry("outcome", "FAMILY_REUNIFICATION");
        List<Map<String, Object>> timeline = given().auth().oauth2(TestTokens.of(READER)).when()
                .get("/referrals/" + id + "/timeline").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline).filteredOn(s -> "CLOSED".equals(s.get("toStatus"))).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("actor", "case-service"));
    }

    private static TaskCompleted completed(UUID taskId, UUID caseId, String referralId, String kind) {
        return new TaskCompleted(taskId, caseId, UUID.fromString(referralId), "cpu-tirane", "Tiranë", kind, READER,
                Instant.now());
    }

    private static String newTiranaReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        return (String) ReferralRoutingTests.awaitReferral(intake, READER).get("id");
    }

    private static Map<String, Object> referral(String id) {
        return given().auth().oauth2(TestTokens.of(READER)).when().get("/referrals/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
