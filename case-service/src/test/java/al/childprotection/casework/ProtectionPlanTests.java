package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** Individual Protection Plans: submitted, returned with comments, resubmitted, approved into tasks. */
@QuarkusTest
@ExtendWith(Staff.class)
class ProtectionPlanTests {

    private static final LocalDate REVIEW = LocalDate.now().plusMonths(3);

    @Test
    void aReturnedPlanIsResubmittedAndItsApprovalTurnsItsItemsIntoTasks() {
        String caseId = newCase();
        String planId = as("cpu.tirana.worker1").contentType("application/json").body(plan(caseId))
                .when().post("/plans").then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("items", hasSize(2)).extract().path("id");
        as("cpu.tirana.worker1").when().post("/plans/" + planId + "/approval").then().statusCode(403);

        as("cpu.tirana.supervisor").contentType("application/json")
                .body(Map.of("comments", "Add the school's psychologist")).when().post("/plans/" + planId + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("comments", equalTo("Add the school's psychologist"));
        as("cpu.tirana.supervisor").when().post("/plans/" + planId + "/approval").then().statusCode(409);

        Map<String, Object> corrected = Map.of("reviewDate", REVIEW.toString(), "items", List.of(
                item("Back to school", "Re-enrolment and catch-up classes", "Shkolla 9-vjeçare Naim Frashëri"),
                item("Feels safe at home", "Weekly counselling", "Qendra Komunitare Tirana"),
                item("Support at school", "Sessions with the school psychologist", "Shkolla 9-vjeçare Naim Frashëri")));
        as("cpu.tirana.worker1").contentType("application/json").body(corrected).when().put("/plans/" + planId)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("items", hasSize(3));

        try (EventTap tap = EventTap.on("case.events")) {
            as("cpu.tirana.supervisor").when().post("/plans/" + planId + "/approval").then().statusCode(200)
                    .body("status", equalTo("APPROVED")).body("items.taskId", hasSize(3))
                    .body("items[2].taskId", notNullValue());
            ConsumerRecord<String, String> approved = tap.await(EventTap.ofType(EventType.PLAN_APPROVED.ceType())
                    .and(r -> r.value().contains(planId)), Duration.ofSeconds(20));
            assertThat(approved.key()).isEqualTo(caseId);
            assertThat(EventSchemas.violations(EventType.PLAN_APPROVED.ceType(), approved.value())).isEmpty();
        }
        List<Map<String, Object>> tasks = as("cpu.tirana.worker1").when().get("/cases/" + caseId).then()
                .statusCode(200).extract().jsonPath().getList("tasks");
        assertThat(tasks).filteredOn(t -> "PLAN_ITEM".equals(t.get("kind"))).hasSize(3)
                .extracting(t -> (String) t.get("title"))
                .contains("Support at school - Sessions with the school psychologist (Shkolla 9-vjeçare Naim Frashëri)");
        as("cpu.tirana.worker1").queryParam("caseId", caseId).when().get("/plans").then().statusCode(200)
                .body("id", hasItem(planId));
        as("cpu.tirana.worker1").when().get("/cases/" + caseId + "/timeline").then()
                .body("kind", hasItem("PLAN_RETURNED")).body("kind", hasItem("PLAN_APPROVED"));
    }

    @Test
    void aBadPlanIsRefusedNamingTheFieldAndNothingIsStored() {
        String caseId = newCase();
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("caseId", caseId, "reviewDate", REVIEW.toString(), "items", List.of()))
                .when().post("/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("items"));
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("caseId", caseId, "reviewDate", REVIEW.toString(), "items", List.of(
                        Map.of("goal", "Back to school", "service", " ", "responsibleAgency", "School",
                                "dueDate", REVIEW.toString()))))
                .when().post("/plans").then().statusCode(400)
                .body("errors[0].field", allOf(startsWith("items"), containsString("service")));
        Map<String, Object> late = item("Back to school", "Re-enrolment", "School");
        late = new java.util.HashMap<>(late);
        late.put("dueDate", REVIEW.plusDays(1).toString());
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("caseId", caseId, "reviewDate", REVIEW.toString(), "items", List.of(late)))
                .when().post("/plans").then().statusCode(422).body("errors[0].field", equalTo("items[0].dueDate"));
        as("cpu.tirana.worker1").contentType("application/json").body(plan(UUID.randomUUID().toString()))
                .when().post("/plans").then().statusCode(422).body("errors[0].field", equalTo("caseId"));
        as("cpu.tirana.worker1").queryParam("caseId", caseId).when().get("/plans").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void plansAreForTheCasesMunicipalityOnly() {
        String caseId = newCase();
        String planId = as("cpu.tirana.worker2").contentType("application/json").body(plan(caseId))
                .when().post("/plans").then().statusCode(201).extract().path("id");
        given().when().get("/plans/" + planId).then().statusCode(401);
        given().contentType("application/json").body(plan(caseId)).when().post("/plans").then().statusCode(401);
        given().when().post("/plans/" + planId + "/approval").then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get("/plans/" + planId).then().statusCode(403);
            as(user).contentType("application/json").body(plan(caseId)).when().post("/plans").then()
                    .statusCode(403);
            as(user).when().post("/plans/" + planId + "/approval").then().statusCode(403);
        }
        as("cpu.durres.worker").when().get("/plans/" + planId).then().statusCode(403);
        as("cpu.durres.worker").contentType("application/json").body(plan(caseId)).when().post("/plans").then()
                .statusCode(403);
        as("cpu.durres.supervisor").when().post("/plans/" + planId + "/approval").then().statusCode(403);
        as("cpu.durres.supervisor").contentType("application/json").body(Map.of("comments", "no"))
                .when().post("/plans/" + planId + "/return").then().statusCode(403);
        as("cpu.tirana.worker1").when().get("/plans/" + UUID.randomUUID()).then().statusCode(404);
        as("cpu.tirana.worker1").when().get("/plans/" + planId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    private static Map<String, Object> plan(String caseId) {
        return Map.of("caseId", caseId, "reviewDate", REVIEW.toString(), "items", List.of(
                item("Back to school", "Re-enrolment and catch-up classes", "Shkolla 9-vjeçare Naim Frashëri"),
                item("Feels safe at home", "Weekly counselling", "Qendra Komunitare Tirana")));
    }

    private static Map<String, Object> item(String goal, String service, String agency) {
        return Map.of("goal", goal, "service", service, "responsibleAgency", agency, "dueDate",
                REVIEW.minusDays(10).toString());
    }

    private static String newCase() {
        return (String) ChildMatchingTests.referAndAwaitCase(Referrals.aChild()).get("id");
    }
}
