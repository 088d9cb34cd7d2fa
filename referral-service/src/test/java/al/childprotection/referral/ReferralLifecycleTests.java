package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What a CPU does with a referral, step by step, and what happens when nobody acknowledges it in time. */
@QuarkusTest
class ReferralLifecycleTests {

    @Inject
    AgroalDataSource database;

    @Test
    void aReferralIsAcknowledgedAcceptedAndClosedWithATimelineAndAnEventPerStep() {
        String id = newTiranaReferral();
        try (EventTap tap = EventTap.on("referral.events")) {
            step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(200)
                    .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgementOverdue", equalTo(false));
            step("cpu.tirana.worker1", id, "acceptance", null).statusCode(200).body("status", equalTo("ACCEPTED"));
            step("cpu.tirana.supervisor", id, "closure", "{\"outcome\": \"Family supported, case closed by CPU\"}")
                    .statusCode(200).body("status", equalTo("CLOSED"))
                    .body("outcome", equalTo("Family supported, case closed by CPU"));

            for (EventType type : List.of(EventType.REFERRAL_ACKNOWLEDGED, EventType.REFERRAL_ACCEPTED,
                    EventType.REFERRAL_CLOSED)) {
                ConsumerRecord<String, String> event = tap.await(EventTap.ofType(type.ceType())
                        .and(r -> id.equals(r.key())), Duration.ofSeconds(15));
                assertThat(EventSchemas.violations(type.ceType(), event.value())).isEmpty();
            }
        }
        List<Map<String, Object>> timeline = as("cpu.tirana.worker2").when().get("/referrals/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline).extracting(s -> s.get("toStatus"))
                .containsExactly("CREATED", "ACKNOWLEDGED", "ACCEPTED", "CLOSED");
        assertThat(timeline).extracting(s -> s.get("actor"))
                .containsExactly("platform", "cpu.tirana.worker1", "cpu.tirana.worker1", "cpu.tirana.supervisor");
    }

    @Test
    void impossibleStepsAreConflictsAndChangeNothing() {
        String id = newTiranaReferral();
        step("cpu.tirana.worker1", id, "acceptance", null).statusCode(409)
                .contentType("application/problem+json");
        step("cpu.tirana.worker1", id, "closure", "{\"outcome\": \"done\"}").statusCode(409);
        step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(200);
        step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(409);
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void aRejectionNeedsAReasonAndARejectedReferralIsRedirectedNotDropped() {
        String id = newTiranaReferral();
        step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(200);
        step("cpu.tirana.worker1", id, "rejection", "{}").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        step("cpu.tirana.worker1", id, "rejection", "{\"reason\": \"The family lives in Durrës since June\"}")
                .statusCode(200).body("status", equalTo("REJECTED"));

        step("cpu.tirana.supervisor", id, "redirection", "{\"cpuCode\": \"cpu-atlantis\", \"reason\": \"x\"}")
                .statusCode(422).body("errors.field", hasItem("cpuCode"));
        step("cpu.tirana.supervisor", id, "redirection",
                "{\"cpuCode\": \"cpu-durres\", \"reason\": \"Residence is Durrës\"}")
                .statusCode(200).body("status", equalTo("REDIRECTED")).body("cpuCode", equalTo("cpu-durres"))
                .body("municipality", equalTo("Durrës"));

        // it now belongs to Durrës: Tirana no longer sees it, Durrës picks it up
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().statusCode(403);
        as("cpu.tirana.worker1").when().get("/referrals").then().body("id", not(hasItem(id)));
        step("cpu.durres.worker", id, "acknowledgement", null).statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void aRedirectCarriesTheChildToTheNewCpuWhoseSupervisorReadsItWithItsClockRunning() throws Exception {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        String id = referralOf(intake);
        JsonNode redirected;
        try (EventTap tap = EventTap.on("referral.events")) {
            step("cpu.tirana.supervisor", id, "redirection",
                    "{\"cpuCode\": \"cpu-durres\", \"reason\": \"The family moved to Durrës\"}")
                    .statusCode(200).body("cpuCode", equalTo("cpu-durres")).body("status", equalTo("REDIRECTED"));
            ConsumerRecord<String, String> event = tap.await(EventTap.ofType(EventType.REFERRAL_REDIRECTED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(15));
            assertThat(EventSchemas.violations(EventType.REFERRAL_REDIRECTED.ceType(), event.value())).isEmpty();
            redirected = new ObjectMapper().readTree(event.value());
        }
        assertThat(redirected.path("referralId").asText()).isEqualTo(id);
        assertThat(redirected.path("intakeId").asText()).isEqualTo(intake.intakeId().toString());
        assertThat(redirected.path("fromCpuCode").asText()).isEqualTo("cpu-tirane");
        assertThat(redirected.path("toCpuCode").asText()).isEqualTo("cpu-durres");
        assertThat(redirected.path("toCpuName").asText()).isEqualTo("Njësia për Mbrojtjen e Fëmijëve, Bashkia Durrës");
        assertThat(redirected.path("toMunicipality").asText()).isEqualTo("Durrës");
        assertThat(redirected.path("by").asText()).isEqualTo("cpu.tirana.supervisor");
        assertThat(redirected.path("reason").asText()).isEqualTo("The family moved to Durrës");
        assertThat(redirected.path("child").path("givenName").asText()).isEqualTo("Ardit");
        assertThat(redirected.path("child").path("familyName").asText()).isEqualTo("Hoxha");
        assertThat(redirected.path("child").path("dateOfBirth").asText()).isEqualTo("2012-05-17");
        assertThat(redirected.path("child").path("sex").asText()).isEqualTo("MALE");
        assertThat(redirected.path("priority").asText()).isEqualTo("NORMAL");
        assertThat(redirected.path("riskLevel").asText()).isEqualTo("MEDIUM");
        assertThat(redirected.path("situations").toString()).isEqualTo("[\"VICTIM\"]");
        // the new CPU's clock starts afresh: a full window from the redirection
        Instant at = Instant.parse(redirected.path("at").asText());
        Instant acknowledgeBy = Instant.parse(redirected.path("acknowledgeBy").asText());
        assertThat(acknowledgeBy).isEqualTo(at.plus(Duration.ofHours(24)));

        as("cpu.durres.supervisor").when().get("/referrals/" + id).then().statusCode(200)
                .body("cpuCode", equalTo("cpu-durres")).body("municipality", equalTo("Durrës"))
                .body("status", equalTo("REDIRECTED")).body("acknowledgementOverdue", equalTo(false))
                .body("escalationLevel", equalTo(null));
        assertThat(Instant.parse(as("cpu.durres.supervisor").when().get("/referrals/" + id).then().extract()
                .path("acknowledgeBy"))).isEqualTo(acknowledgeBy);
        as("cpu.tirana.supervisor").when().get("/referrals/" + id).then().statusCode(403);
    }

    @Test
    void onlyTheResponsibleMunicipalityActsAndNobodyWithoutARole() {
        String id = newTiranaReferral();
        step("cpu.durres.worker", id, "acknowledgement", null).statusCode(403)
                .contentType("application/problem+json");
        step("sarpc.analyst", id, "acknowledgement", null).statusCode(403);
        step("police.kamza", id, "acknowledgement", null).statusCode(403);
        given().when().post("/referrals/" + id + "/acknowledgement").then().statusCode(401);
        as("cpu.durres.worker").when().get("/referrals/" + id + "/timeline").then().statusCode(403);
        step("cpu.tirana.worker1", UUID.randomUUID().toString(), "acknowledgement", null).statusCode(404);
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().body("status", equalTo("CREATED"));
    }

    @Test
    void anUnacknowledgedReferralIsEscalatedToTheSupervisorThenToSarpc() throws Exception {
        String id = newTiranaReferral();
        try (EventTap tap = EventTap.on("referral.events")) {
            backdateAcknowledgementDeadline(id, Duration.ofMinutes(5));
            ConsumerRecord<String, String> first = tap.await(EventTap.ofType(EventType.REFERRAL_ESCALATED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(20));
            assertThat(first.value()).contains("\"level\":\"SUPERVISOR\"");
            assertThat(EventSchemas.violations(EventType.REFERRAL_ESCALATED.ceType(), first.value())).isEmpty();
            as("cpu.tirana.supervisor").when().get("/referrals/" + id).then()
                    .body("escalationLevel", equalTo("SUPERVISOR")).body("acknowledgementOverdue", equalTo(true));

            // another full window passes without anybody acknowledging: SARPC
            backdateAcknowledgementDeadline(id, Duration.ofHours(25));
            tap.await(EventTap.ofType(EventType.REFERRAL_ESCALATED.ceType())
                    .and(r -> id.equals(r.key()) && r.value().contains("\"level\":\"SARPC\"")), Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as("sarpc.analyst")
                    .when().get("/referrals/" + id).then().body("escalationLevel", equalTo("SARPC")));
        }
        // acknowledging stops the clock
        step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(200)
                .body("acknowledgementOverdue", equalTo(false));
    }

    @Test
    void aReferralAcknowledgedInTimeIsNeverEscalated() throws Exception {
        String id = newTiranaReferral();
        step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(200);
        backdateAcknowledgementDeadline(id, Duration.ofMinutes(5));
        try (EventTap tap = EventTap.on("referral.events")) {
            assertThat(tap.all(Duration.ofSeconds(3))).noneMatch(r -> id.equals(r.key())
                    && EventType.REFERRAL_ESCALATED.ceType().equals(EventTap.header(r, "ce_type")));
        }
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then()
                .body("escalationLevel", equalTo(null));
    }

    /** The clock has run: the deadline lies {@code ago} in the past. */
    private void backdateAcknowledgementDeadline(String id, Duration ago) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update referral set acknowledge_by = now() - make_interval(secs => ?) where id = ?")) {
            update.setLong(1, ago.toSeconds());
            update.setObject(2, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String newTiranaReferral() {
        return referralOf(Intakes.atKamza("Tiranë"));
    }

    private static String referralOf(IntakeRecorded intake) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        // the first test of a run may wait for the service to join the intake topic's consumer group
        return (String) await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ReferralRoutingTests.referralsFor(intake, "cpu.tirana.worker1"), list -> !list.isEmpty())
                .get(0).get("id");
    }

    private static io.restassured.response.ValidatableResponse step(String user, String id, String step,
            String body) {
        RequestSpecification request = as(user).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/referrals/" + id + "/" + step).then();
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
