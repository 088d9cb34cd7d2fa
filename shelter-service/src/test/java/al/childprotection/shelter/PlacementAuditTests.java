package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static al.childprotection.testsupport.AuditTrails.auditOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Placements and their requests are a child's records: every reading and every change leaves an audit record, found
 * by the request's or stay's id or by the child's referral; a refused change leaves none.
 */
@QuarkusTest
class PlacementAuditTests {

    @Test
    void readingAndActingOnAPlacementAreAuditedWithTheEndpointAndTheChildsReferral() {
        String referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ").toString();
        String requestId = Placements.requested("cpu.tirana.worker1",
                Map.of("kind", "CHILD_ALONE", "referralId", referralId)).then().statusCode(201).extract().path("id");
        as("cpu.tirana.worker1").get("/placement-requests/" + requestId).then().statusCode(200);
        JsonPath placement = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().jsonPath();
        String id = placement.getString("id");
        as("cpu.tirana.supervisor").get("/placements/" + id).then().statusCode(200);
        Instant fourDays = Instant.parse(placement.getString("admittedAt")).plus(Duration.ofDays(4));
        as("shelter.staff").body(Map.of("stayEndsAt", fourDays.toString(), "reason", "family assessment pending"))
                .post("/placements/" + id + "/extension").then().statusCode(200);
        as("shelter.staff").body(Map.of("destination", "FAMILY_REUNIFICATION"))
                .post("/placements/" + id + "/discharge").then().statusCode(200);

        List<Map<String, Object>> trail = auditOf(referralId, "sarpc.analyst");
        assertThat(trail).extracting(row -> row.get("action"), row -> row.get("recordType"),
                row -> row.get("recordId"), row -> row.get("actor"), row -> row.get("method"), row -> row.get("path"))
                .containsExactly(
                        tuple("placement-request.created", "placement-request", requestId, "cpu.tirana.worker1",
                                "POST", "/placement-requests"),
                        tuple("placement-request.read", "placement-request", requestId, "cpu.tirana.worker1",
                                "GET", "/placement-requests/{id}"),
                        tuple("placement.admitted", "placement-request", requestId, "shelter.staff",
                                "POST", "/placement-requests/{id}/admission"),
                        tuple("placement.admitted", "placement", id, "shelter.staff",
                                "POST", "/placement-requests/{id}/admission"),
                        tuple("placement.read", "placement", id, "cpu.tirana.supervisor", "GET", "/placements/{id}"),
                        tuple("placement.extended", "placement", id, "shelter.staff",
                                "POST", "/placements/{id}/extension"),
                        tuple("placement.discharged", "placement", id, "shelter.staff",
                                "POST", "/placements/{id}/discharge"));
        assertThat(trail).allSatisfy(row -> assertThat(row)
                .containsEntry("intakeId", referralId)
                .containsEntry("recordMunicipality", "Tiranë"));
        assertThat(trail.get(0)).containsEntry("actorRole", "cpu-worker").containsEntry("actorMunicipality", "Tiranë");
        assertThat(trail.get(2)).containsEntry("actorRole", "shelter-staff");

        // the placement's own id finds its records; the supervisor of the child's municipality reads them too
        assertThat(auditOf(id, "cpu.tirana.supervisor")).extracting(row -> row.get("action"))
                .containsExactly("placement.admitted", "placement.read", "placement.extended", "placement.discharged");
    }

    @Test
    void aListReadIsOneAuditRecordPerEntry() {
        String requestId = Placements.aChildAloneRequested();
        List<String> listed = as("shelter.staff").get("/placement-requests?status=WAITING")
                .then().statusCode(200).extract().path("id");
        assertThat(listed).contains(requestId);

        assertThat(auditOf(requestId, "sarpc.analyst")).extracting(row -> row.get("action"), row -> row.get("actor"),
                row -> row.get("path"))
                .containsExactly(
                        tuple("placement-request.created", "cpu.tirana.worker1", "/placement-requests"),
                        tuple("placement-request.listed", "shelter.staff", "/placement-requests"));
    }

    @Test
    void aRefusedChangeLeavesNoAuditRecord() {
        String requestId = Placements.aChildAloneRequested();
        JsonPath placement = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().jsonPath();
        String id = placement.getString("id");
        Instant admittedAt = Instant.parse(placement.getString("admittedAt"));
        int requestRecords = auditOf(requestId, "sarpc.analyst").size();
        int placementRecords = auditOf(id, "sarpc.analyst").size();

        as("shelter.staff").post("/placement-requests/" + requestId + "/admission").then().statusCode(409);
        as("shelter.staff").post("/placement-requests/" + requestId + "/passing-on").then().statusCode(409);
        as("shelter.staff").body(Map.of("stayEndsAt", admittedAt.plus(Duration.ofDays(12)).toString(),
                "reason", "no foster family yet")).post("/placements/" + id + "/extension").then().statusCode(422);
        as("shelter.staff").body(Map.of("destination", "FAMILY_REUNIFICATION"))
                .post("/placements/" + id + "/discharge").then().statusCode(200);
        as("shelter.staff").body(Map.of("destination", "FOSTER_CARE"))
                .post("/placements/" + id + "/discharge").then().statusCode(409);
        as("cpu.durres.worker").get("/placements/" + id).then().statusCode(403);

        assertThat(auditOf(requestId, "sarpc.analyst")).hasSize(requestRecords);
        // the other municipality's read is on record as refused (decision 13)
        assertThat(auditOf(id, "sarpc.analyst")).extracting(row -> row.get("action"))
                .hasSize(placementRecords + 2).endsWith("placement.discharged", "placement.refused");
    }

    @Test
    void theAuditIsNotForShelterStaff() {
        String requestId = Placements.aChildAloneRequested();

        given().queryParam("child", requestId).when().get("/audit").then().statusCode(401)
                .contentType("application/problem+json");
        as("shelter.staff").queryParam("child", requestId).when().get("/audit").then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.tirana.worker1").queryParam("child", requestId).when().get("/audit").then().statusCode(403);
        assertThat(auditOf(requestId, "cpu.durres.supervisor")).isEmpty();
        assertThat(auditOf(requestId, "cpu.tirana.supervisor")).isEqualTo(auditOf(requestId, "sarpc.analyst"));
    }
}
