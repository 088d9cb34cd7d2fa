package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;

/** Intersectoral Technical Group meetings: participants, decisions, and the tasks that come from decisions. */
@QuarkusTest
@ExtendWith(Staff.class)
class ItgMeetingTests {

    private static final String DUE = LocalDate.now().plusDays(14).toString();

    @Test
    void aDecisionWithAnAgencyAndADueDateBecomesATask() {
        String caseId = newCase();
        String id = as("cpu.tirana.supervisor").contentType("application/json").body(meeting(caseId))
                .when().post("/meetings").then().statusCode(201)
                .body("participants.agency", hasItem("Policia e Shtetit, Komisariati Nr. 4"))
                .body("decisions", hasSize(2)).body("decisions[0].taskId", notNullValue())
                .body("decisions[1].taskId", nullValue()).extract().path("id");
        List<Map<String, Object>> tasks = as("cpu.tirana.worker1").when().get("/cases/" + caseId).then()
                .statusCode(200).extract().jsonPath().getList("tasks");
        assertThat(tasks).filteredOn(t -> "MEETING_DECISION".equals(t.get("kind"))).singleElement()
                .satisfies(t -> assertThat((String) t.get("title")).contains("Drejtoria Arsimore"));
        as("cpu.tirana.worker1").queryParam("caseId", caseId).when().get("/meetings").then().statusCode(200)
                .body("id", hasItem(id));
        as("cpu.tirana.worker1").when().get("/cases/" + caseId + "/timeline").then()
                .body("kind", hasItem("ITG_MEETING"));
    }

    @Test
    void aBadMeetingIsRefusedNamingTheFieldAndNothingIsStored() {
        String caseId = newCase();
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("caseId", caseId, "heldAt", "2026-11-25T09:00:00Z", "participants", List.of(),
                        "decisions", List.of(Map.of("decision", "x"))))
                .when().post("/meetings").then().statusCode(400).body("errors[0].field", equalTo("participants"));
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("caseId", caseId, "heldAt", "2026-11-25T09:00:00Z",
                        "participants", List.of(Map.of("agency", "CPU")),
                        "decisions", List.of(Map.of("decision", "Enrol", "responsibleAgency", "School"))))
                .when().post("/meetings").then().statusCode(422).body("errors[0].field", equalTo("decisions[0].dueDate"));
        as("cpu.tirana.worker1").queryParam("caseId", caseId).when().get("/meetings").then().statusCode(200)
                .body("$", hasSize(0));
        as("cpu.tirana.worker1").when().get("/cases/" + caseId).then().body("tasks", hasSize(1));
    }

    @Test
    void meetingsAreForTheCasesMunicipalityOnly() {
        String caseId = newCase();
        String id = as("cpu.tirana.worker1").contentType("application/json").body(meeting(caseId))
                .when().post("/meetings").then().statusCode(201).extract().path("id");
        given().when().get("/meetings/" + id).then().statusCode(401);
        given().contentType("application/json").body(meeting(caseId)).when().post("/meetings").then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get("/meetings/" + id).then().statusCode(403);
            as(user).contentType("application/json").body(meeting(caseId)).when().post("/meetings").then()
                    .statusCode(403);
        }
        as("cpu.durres.worker").when().get("/meetings/" + id).then().statusCode(403);
        as("cpu.durres.worker").queryParam("caseId", caseId).when().get("/meetings").then().statusCode(403);
        as("cpu.durres.worker").contentType("application/json").body(meeting(caseId)).when().post("/meetings").then()
                .statusCode(403);
        as("cpu.tirana.worker1").when().get("/meetings/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static Map<String, Object> meeting(String caseId) {
        return Map.of("caseId", caseId, "heldAt", "2026-11-25T09:00:00Z",
                "participants", List.of(Map.of("agency", "Njësia për Mbrojtjen e Fëmijëve, Tiranë"),
                        Map.of("agency", "Policia e Shtetit, Komisariati Nr. 4", "representative", "Insp. Leka"),
                        Map.of("agency", "Drejtoria Arsimore Rajonale Tiranë")),
                "decisions", List.of(
                        Map.of("decision", "Enrol the child in grade 5 by the end of the month",
                                "responsibleAgency", "Drejtoria Arsimore Rajonale Tiranë", "dueDate", DUE),
                        Map.of("decision", "The group meets again in a month")));
    }

    private static String newCase() {
        return (String) ChildMatchingTests.referAndAwaitCase(Referrals.aChild()).get("id");
    }
}
