package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** Closing a case: a reason and an outcome, case.closed for the referral, the tasks still to do cancelled. */
@QuarkusTest
@ExtendWith(Staff.class)
class CaseClosureTests {

    private static final Map<String, String> CLOSING = Map.of("reason", "PROTECTION_GOALS_MET", "outcome",
            "FAMILY_REUNIFICATION", "note", "Back with the mother; monthly visits by the school psychologist");

    @Test
    void aClosedCaseIsAnnouncedForItsReferralAndItsOpenTasksAreCancelled() {
        Map<String, Object> file = ChildMatchingTests.referAndAwaitCase(Referrals.aChild());
        String id = (String) file.get("id");
        try (EventTap tap = EventTap.on("case.events")) {
            as("cpu.tirana.worker1").contentType("application/json").body(CLOSING)
                    .when().post("/cases/" + id + "/closure").then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("closureReason", equalTo("PROTECTION_GOALS_MET"))
                    .body("outcome", equalTo("FAMILY_REUNIFICATION")).body("closedBy", equalTo("cpu.tirana.worker1"))
                    .body("tasks.status", everyItem(equalTo("CANCELLED")));
            ConsumerRecord<String, String> closed = tap.await(EventTap.ofType(EventType.CASE_CLOSED.ceType())
                    .and(r -> id.equals(r.key())), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(EventType.CASE_CLOSED.ceType(), closed.value())).isEmpty();
            assertThat(closed.value()).contains((String) file.get("referralId")).contains("FAMILY_REUNIFICATION")
                    .doesNotContain("psychologist");
        }
        as("cpu.tirana.worker2").contentType("application/json").body(CLOSING)
                .when().post("/cases/" + id + "/closure").then().statusCode(409);
        as("cpu.tirana.worker2").when().get("/cases/" + id + "/timeline").then().statusCode(200)
                .body("kind", hasItem("CASE_CLOSED")).body("kind", hasItem("CASE_OPENED"));
    }

    @Test
    void aClosingWithoutAKnownReasonOrOutcomeIsRefusedAndTheCaseStaysOpen() {
        String id = (String) ChildMatchingTests.referAndAwaitCase(Referrals.aChild()).get("id");
        as("cpu.tirana.worker1").contentType("application/json").body(Map.of("reason", "PROTECTION_GOALS_MET"))
                .when().post("/cases/" + id + "/closure").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("outcome"));
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("reason", "BORED", "outcome", "FOSTER_CARE"))
                .when().post("/cases/" + id + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("cpu.tirana.worker1").contentType("application/json").body("{\"reason\": ")
                .when().post("/cases/" + id + "/closure").then().statusCode(400);
        as("cpu.tirana.worker1").when().get("/cases/" + id).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("tasks[0].status", equalTo("OPEN"));
    }

    @Test
    void onlyTheCasesMunicipalityClosesIt() {
        String id = (String) ChildMatchingTests.referAndAwaitCase(Referrals.aChild()).get("id");
        String closure = "/cases/" + id + "/closure";
        given().contentType("application/json").body(CLOSING).when().post(closure).then().statusCode(401);
        given().when().get("/cases/" + id + "/timeline").then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).contentType("application/json").body(CLOSING).when().post(closure).then().statusCode(403);
            as(user).when().get("/cases/" + id + "/timeline").then().statusCode(403);
        }
        as("cpu.durres.supervisor").contentType("application/json").body(CLOSING).when().post(closure).then()
                .statusCode(403).contentType("application/problem+json");
        as("cpu.durres.worker").when().get("/cases/" + id + "/timeline").then().statusCode(403);
        as("cpu.tirana.worker1").contentType("application/json").body(CLOSING)
                .when().post("/cases/" + UUID.randomUUID() + "/closure").then().statusCode(404);
        as("cpu.tirana.worker1").when().get("/cases/" + id).then().body("status", equalTo("OPEN"));
    }
}
