package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Consent travels: the ground recorded at intake reaches the referral, its event and the CPU's view (SARPC sees the
 * ground only). A withdrawal is recorded: with a legal basis the referral goes on in the child's best interest,
 * without one it is closed.
 */
@QuarkusTest
class ConsentWithdrawalTests {

    private static final String LAW = "Law 18/2017 on the rights and protection of the child, art. 50";

    @Test
    void theGroundOfTheIntakeReachesTheReferralItsEventAndTheCpuWhileSarpcSeesTheGroundOnly() throws Exception {
        IntakeRecorded intake = Intakes.atKamza("Tiranë", ConsentGround.BEST_INTEREST_OF_THE_CHILD, LAW);
        try (EventTap tap = EventTap.on("referral.events")) {
            String id = referralOf(intake);
            ConsumerRecord<String, String> created = tap.await(EventTap.ofType(EventType.REFERRAL_CREATED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(15));
            assertThat(EventSchemas.violations(EventType.REFERRAL_CREATED.ceType(), created.value())).isEmpty();
            JsonNode event = new ObjectMapper().readTree(created.value());
            assertThat(event.path("consent").asText()).isEqualTo("BEST_INTEREST_OF_THE_CHILD");
            assertThat(event.path("legalBasis").asText()).isEqualTo(LAW);

            as("cpu.tirana.worker1").when().get("/referrals/" + id).then().statusCode(200)
                    .body("consent", equalTo("BEST_INTEREST_OF_THE_CHILD")).body("legalBasis", equalTo(LAW))
                    .body("consentWithdrawnAt", equalTo(null));
            Map<String, Object> sarpc = as("sarpc.analyst").when().get("/referrals/" + id).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            assertThat(sarpc).containsEntry("consent", "BEST_INTEREST_OF_THE_CHILD")
                    .doesNotContainKeys("legalBasis", "consentWithdrawnBy", "consentWithdrawalReason");
        }
    }

    @Test
    void aWithdrawalWithALegalBasisLetsTheReferralGoOnInTheChildsBestInterest() throws Exception {
        String id = referralOf(Intakes.atKamza("Tiranë", ConsentGround.GIVEN_BY_GUARDIAN, null));
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().body("consent", equalTo("GIVEN_BY_GUARDIAN"))
                .body("legalBasis", equalTo(null));
        try (EventTap tap = EventTap.on("referral.events")) {
            withdraw("cpu.tirana.supervisor", id, "{\"by\": \"the mother\", \"legalBasis\": \"" + LAW
                    + "\", \"reason\": \"The mother no longer wants the CPU involved\"}")
                    .statusCode(200).body("status", equalTo("CREATED"))
                    .body("consent", equalTo("BEST_INTEREST_OF_THE_CHILD")).body("legalBasis", equalTo(LAW))
                    .body("consentWithdrawnBy", equalTo("the mother"))
                    .body("consentWithdrawalReason", equalTo("The mother no longer wants the CPU involved"));
            JsonNode event = withdrawnEvent(tap, id);
            assertThat(event.path("continues").asBoolean()).isTrue();
            assertThat(event.path("legalBasis").asText()).isEqualTo(LAW);
            assertThat(event.path("by").asText()).isEqualTo("cpu.tirana.supervisor");
            assertThat(event.path("cpuCode").asText()).isEqualTo("cpu-tirane");
        }
        // it goes on: the CPU acknowledges it; there is no consent left to withdraw
        as("cpu.tirana.worker1").contentType(ContentType.JSON).when().post("/referrals/" + id + "/acknowledgement")
                .then().statusCode(200);
        withdraw("cpu.tirana.worker1", id, "{\"reason\": \"again\"}").statusCode(409)
                .contentType("application/problem+json");
        assertThat(timeline(id)).extracting(step -> step.get("note"))
                .anyMatch(note -> String.valueOf(note).contains("consent withdrawn by the mother"));
    }

    @Test
    void aWithdrawalWithoutALegalBasisClosesTheReferral() throws Exception {
        String id = referralOf(Intakes.atKamza("Tiranë", ConsentGround.GIVEN_BY_CHILD_AND_GUARDIAN, null));
        try (EventTap tap = EventTap.on("referral.events")) {
            withdraw("cpu.tirana.worker1", id, "{\"reason\": \"The family withdrew its consent\"}")
                    .statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("CONSENT_WITHDRAWN"))
                    .body("consent", equalTo("GIVEN_BY_CHILD_AND_GUARDIAN")).body("legalBasis", equalTo(null))
                    .body("consentWithdrawnAt", org.hamcrest.Matchers.notNullValue());
            JsonNode event = withdrawnEvent(tap, id);
            assertThat(event.path("continues").asBoolean()).isFalse();
            assertThat(event.path("legalBasis").isNull()).isTrue();
        }
        // a closed referral takes no further step
        withdraw("cpu.tirana.worker1", id, "{\"legalBasis\": \"" + LAW + "\", \"reason\": \"x\"}").statusCode(409)
                .contentType("application/problem+json");
        as("cpu.tirana.worker1").when().post("/referrals/" + id + "/acknowledgement").then().statusCode(409);
        assertThat(timeline(id)).extracting(step -> step.get("toStatus")).containsExactly("CREATED", "CLOSED");
    }

    @Test
    void onlyTheCpuHoldingTheReferralRecordsAWithdrawalAndTheReasonIsNeeded() {
        String id = referralOf(Intakes.atKamza("Tiranë", ConsentGround.GIVEN_BY_GUARDIAN, null));
        String body = "{\"reason\": \"The guardian withdrew consent\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/referrals/" + id + "/consent-withdrawal")
                .then().statusCode(401);
        withdraw("police.kamza", id, body).statusCode(403).contentType("application/problem+json");
        withdraw("sarpc.analyst", id, body).statusCode(403);
        withdraw("cpu.durres.worker", id, body).statusCode(403).contentType("application/problem+json");

        withdraw("cpu.tirana.worker1", id, "{}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        withdraw("cpu.tirana.worker1", id, "{\"legalBasis\": \"  \", \"reason\": \"x\"}").statusCode(400)
                .body("errors.field", hasItem("legalBasis"));
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().body("status", equalTo("CREATED"))
                .body("consent", equalTo("GIVEN_BY_GUARDIAN")).body("consentWithdrawnAt", equalTo(null));
    }

    private static JsonNode withdrawnEvent(EventTap tap, String id) throws Exception {
        ConsumerRecord<String, String> event = tap.await(EventTap.ofType(EventType.REFERRAL_CONSENT_WITHDRAWN.ceType())
                .and(r -> id.equals(r.key())), Duration.ofSeconds(15));
        assertThat(EventSchemas.violations(EventType.REFERRAL_CONSENT_WITHDRAWN.ceType(), event.value())).isEmpty();
        return new ObjectMapper().readTree(event.value());
    }

    private static List<Map<String, Object>> timeline(String id) {
        return as("cpu.tirana.worker1").when().get("/referrals/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static ValidatableResponse withdraw(String user, String id, String body) {
        return as(user).contentType(ContentType.JSON).body(body).when()
                .post("/referrals/" + id + "/consent-withdrawal").then();
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

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
