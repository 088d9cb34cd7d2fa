package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the sending station may do, how a CPU sorts its work, and what SARPC counts. */
@QuarkusTest
class ReferralViewsTests {

    @Test
    void theSendingStationMayRevokeWithAReasonUntilTheCpuAccepts() {
        String revocable = newReferral("Tiranë");
        revoke("police.tirana", revocable, "{\"reason\": \"not ours\"}").statusCode(403)
                .contentType("application/problem+json");
        revoke("police.kamza", revocable, "{}").statusCode(400).body("errors.field", hasItem("reason"));
        revoke("police.kamza", revocable, "{\"reason\": \"The young person is 19: not a child\"}").statusCode(200)
                .body("status", equalTo("REVOKED"));
        as("cpu.tirana.worker1").when().post("/referrals/" + revocable + "/acknowledgement").then().statusCode(409);

        String accepted = newReferral("Tiranë");
        as("cpu.tirana.worker1").when().post("/referrals/" + accepted + "/acknowledgement").then().statusCode(200);
        as("cpu.tirana.worker1").when().post("/referrals/" + accepted + "/acceptance").then().statusCode(200);
        revoke("police.kamza", accepted, "{\"reason\": \"too late\"}").statusCode(409);
        revoke("cpu.tirana.worker1", accepted, "{\"reason\": \"a CPU cannot revoke\"}").statusCode(403);
    }

    @Test
    void aCpuListsItsReferralsByStatusAndByDeadline() {
        String waiting = newReferral("Tiranë");
        String acknowledged = newReferral("Tiranë");
        as("cpu.tirana.worker1").when().post("/referrals/" + acknowledged + "/acknowledgement").then().statusCode(200);

        as("cpu.tirana.worker2").queryParam("status", "CREATED").queryParam("limit", 500)
                .when().get("/referrals").then().statusCode(200)
                .body("id", hasItem(waiting)).body("id", not(hasItem(acknowledged)))
                .body("status", everyItem(equalTo("CREATED")));

        List<String> deadlines = as("cpu.tirana.worker2").queryParam("order", "due").queryParam("limit", 500)
                .when().get("/referrals").then().statusCode(200).extract().jsonPath().getList("acknowledgeBy");
        assertThat(deadlines.stream().map(Instant::parse).toList()).isSorted();

        as("cpu.tirana.worker2").queryParam("status", "LOST").when().get("/referrals").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        as("cpu.tirana.worker2").queryParam("order", "random").when().get("/referrals").then().statusCode(400)
                .body("errors.field", hasItem("order"));
    }

    @Test
    void aLimitThatIsNotANumberIsRefusedNamingItWithoutEchoingIt() {
        String body = as("cpu.tirana.worker2").queryParam("limit", "fifty<b>Zq7").when().get("/referrals").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("limit")))
                .body("errors.message", equalTo(List.of("must be a whole number")))
                .extract().asString();
        assertThat(body).doesNotContain("Zq7");
        // an id that cannot be parsed names a referral that cannot exist
        as("cpu.tirana.worker2").when().get("/referrals/not-an-id").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void sarpcSeesSlaCountsPerMunicipalityWithoutAnyChild() {
        Map<String, Object> before = tirana(statistics("sarpc.analyst"));
        String id = newReferral("Tiranë");
        as("cpu.tirana.worker1").when().post("/referrals/" + id + "/acknowledgement").then().statusCode(200);

        String body = as("sarpc.analyst").when().get("/referrals/statistics").then().statusCode(200)
                .extract().asString();
        assertThat(body).doesNotContain("Ardit").doesNotContain("Hoxha");
        Map<String, Object> after = tirana(statistics("sarpc.analyst"));
        assertThat(count(after, "referrals")).isEqualTo(count(before, "referrals") + 1);
        assertThat(count(after, "acknowledgedInTime")).isEqualTo(count(before, "acknowledgedInTime") + 1);

        List<Map<String, Object>> ownOnly = statistics("cpu.durres.supervisor");
        assertThat(ownOnly).extracting(row -> row.get("municipality")).containsOnly("Durrës");
        as("cpu.tirana.worker1").when().get("/referrals/statistics").then().statusCode(403);
        given().when().get("/referrals/statistics").then().statusCode(401);
    }

    private static List<Map<String, Object>> statistics(String user) {
        return as(user).when().get("/referrals/statistics").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> tirana(List<Map<String, Object>> rows) {
        return rows.stream().filter(r -> "Tiranë".equals(r.get("municipality"))).findFirst()
                .orElse(Map.of("referrals", 0, "acknowledgedInTime", 0));
    }

    private static long count(Map<String, Object> row, String name) {
        return ((Number) row.get(name)).longValue();
    }

    private static io.restassured.response.ValidatableResponse revoke(String user, String id, String body) {
        return as(user).contentType(ContentType.JSON).body(body).when().post("/referrals/" + id + "/revocation")
                .then();
    }

    private static String newReferral(String residence) {
        IntakeRecorded intake = Intakes.atKamza(residence);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        return (String) ReferralRoutingTests.awaitReferral(intake, "sarpc.analyst").get("id");
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
