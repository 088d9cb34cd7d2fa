package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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

/**
 * Deinstitutionalisation: a case the CPU opens for a child in a residential institution, its assessment task and
 * record, and its individual care plan approved into tasks like any plan.
 */
@QuarkusTest
@ExtendWith(Staff.class)
class DeinstitutionalisationTests {

    private static final LocalDate REVIEW = LocalDate.now().plusMonths(3);

    @Test
    void theCaseGetsItsAssessmentTaskAndItsCarePlanBecomesTasks() {
        String caseId;
        try (EventTap tap = EventTap.on("case.events")) {
            Map<String, Object> opened = as("cpu.tirana.worker1").contentType("application/json")
                    .body(opening(child(), "FOSTER_CARE")).when().post("/cases/deinstitutionalisation").then()
                    .statusCode(201).body("type", equalTo("DEINSTITUTIONALISATION"))
                    .body("plannedOutcome", equalTo("FOSTER_CARE"))
                    .body("institution", equalTo("Shtëpia e Fëmijëve Tiranë")).body("municipality", equalTo("Tiranë"))
                    .body("worker", equalTo("cpu.tirana.worker1")).body("referralId", nullValue())
                    .body("tasks", hasSize(1)).body("tasks[0].kind", equalTo("DEINSTITUTIONALISATION_ASSESSMENT"))
                    .body("tasks[0].assignee", equalTo("cpu.tirana.worker1"))
                    .extract().jsonPath().getMap("$");
            caseId = (String) opened.get("id");
            Instant due = Instant.parse((String) ((List<Map<String, Object>>) opened.get("tasks")).get(0).get("dueAt"));
            assertThat(due).isBetween(Instant.now().plus(Duration.ofDays(13)), Instant.now().plus(Duration.ofDays(15)));

            String id = caseId;
            ConsumerRecord<String, String> assigned = tap.await(EventTap.ofType(EventType.TASK_ASSIGNED.ceType())
                    .and(r -> r.value().contains(id)), Duration.ofSeconds(20));
            assertThat(assigned.value()).contains("DEINSTITUTIONALISATION_ASSESSMENT");
            assertThat(EventSchemas.violations(EventType.TASK_ASSIGNED.ceType(), assigned.value())).isEmpty();
            // case.opened names the referral that opened a case: a case opened without one is not announced
            assertThat(tap.all(Duration.ofSeconds(2)))
                    .noneMatch(r -> EventTap.ofType(EventType.CASE_OPENED.ceType()).test(r) && id.equals(r.key()));
        }

        as("cpu.tirana.worker1").contentType("application/json").body(assessment("FAMILY_REUNIFICATION"))
                .when().post("/cases/" + caseId + "/records/deinstitutionalisation-assessments").then()
                .statusCode(201).body("kind", equalTo("DEINSTITUTIONALISATION_ASSESSMENT"));

        String planId = as("cpu.tirana.worker1").contentType("application/json").body(carePlan(caseId, null))
                .when().post("/plans").then().statusCode(201).body("kind", equalTo("INDIVIDUAL_CARE_PLAN"))
                .body("plannedOutcome", equalTo("FOSTER_CARE")).extract().path("id");
        try (EventTap tap = EventTap.on("case.events")) {
            as("cpu.tirana.supervisor").when().post("/plans/" + planId + "/approval").then().statusCode(200)
                    .body("status", equalTo("APPROVED")).body("items[1].taskId", notNullValue());
            ConsumerRecord<String, String> approved = tap.await(EventTap.ofType(EventType.PLAN_APPROVED.ceType())
                    .and(r -> r.value().contains(planId)), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(EventType.PLAN_APPROVED.ceType(), approved.value())).isEmpty();
        }
        List<Map<String, Object>> tasks = as("cpu.tirana.worker1").when().get("/cases/" + caseId).then()
                .statusCode(200).extract().jsonPath().getList("tasks");
        assertThat(tasks).extracting(t -> (String) t.get("kind"))
                .containsExactlyInAnyOrder("DEINSTITUTIONALISATION_ASSESSMENT", "PLAN_ITEM", "PLAN_ITEM");
        as("cpu.tirana.worker1").when().get("/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItems("CASE_OPENED", "DEINSTITUTIONALISATION_ASSESSMENT_RECORDED",
                        "PLAN_APPROVED"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = assessmentTasksOf("cpu.tirana.worker2");
        Map<String, Object> child = child();
        as("cpu.tirana.worker2").contentType("application/json").body(opening(child, "ADOPTION"))
                .when().post("/cases/deinstitutionalisation").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("plannedOutcome"));
        Map<String, Object> noInstitution = new HashMap<>(opening(child, "FOSTER_CARE"));
        noInstitution.remove("institution");
        as("cpu.tirana.worker2").contentType("application/json").body(noInstitution)
                .when().post("/cases/deinstitutionalisation").then().statusCode(400)
                .body("errors[0].field", equalTo("institution"));
        Map<String, Object> undated = new HashMap<>(child);
        undated.remove("dateOfBirth");
        as("cpu.tirana.worker2").contentType("application/json").body(opening(undated, "FOSTER_CARE"))
                .when().post("/cases/deinstitutionalisation").then().statusCode(400)
                .body("errors[0].field", equalTo("child.dateOfBirth"));
        assertThat(assessmentTasksOf("cpu.tirana.worker2")).isEqualTo(before);

        String caseId = as("cpu.tirana.worker2").contentType("application/json").body(opening(child, "FAMILY_REUNIFICATION"))
                .when().post("/cases/deinstitutionalisation").then().statusCode(201).extract().path("id");
        // the same child again at the same CPU: refused whole, no second case, no second task
        as("cpu.tirana.worker2").contentType("application/json").body(opening(child, "FOSTER_CARE"))
                .when().post("/cases/deinstitutionalisation").then().statusCode(422)
                .body("errors[0].field", equalTo("child"));
        assertThat(assessmentTasksOf("cpu.tirana.worker2")).isEqualTo(before + 1);

        as("cpu.tirana.worker2").contentType("application/json").body(assessment("ADOPTION"))
                .when().post("/cases/" + caseId + "/records/deinstitutionalisation-assessments").then()
                .statusCode(422).body("errors[0].field", equalTo("recommendedOutcome"));
        Map<String, Object> noWishes = new HashMap<>(assessment("FOSTER_CARE"));
        noWishes.remove("childWishes");
        as("cpu.tirana.worker2").contentType("application/json").body(noWishes)
                .when().post("/cases/" + caseId + "/records/deinstitutionalisation-assessments").then()
                .statusCode(400).body("errors[0].field", equalTo("childWishes"));
        as("cpu.tirana.worker2").contentType("application/json").body(carePlan(caseId, "ADOPTION"))
                .when().post("/plans").then().statusCode(422).body("errors[0].field", equalTo("plannedOutcome"));
        as("cpu.tirana.worker2").when().get("/cases/" + caseId + "/records").then().statusCode(200)
                .body("$", hasSize(0));
        as("cpu.tirana.worker2").queryParam("caseId", caseId).when().get("/plans").then().statusCode(200)
                .body("$", hasSize(0));

        // a protection case has neither the assessment nor a care plan
        String protectionCase = (String) ChildMatchingTests.referAndAwaitCase(Referrals.aChild()).get("id");
        as("cpu.tirana.worker1").contentType("application/json").body(assessment("FOSTER_CARE"))
                .when().post("/cases/" + protectionCase + "/records/deinstitutionalisation-assessments").then()
                .statusCode(409);
        as("cpu.tirana.worker1").contentType("application/json").body(carePlan(protectionCase, null))
                .when().post("/plans").then().statusCode(422).body("errors[0].field", equalTo("kind"));
        as("cpu.tirana.worker1").queryParam("caseId", protectionCase).when().get("/plans").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void onlyTheMunicipalitysCpuOpensAndRecords() {
        String caseId = as("cpu.tirana.supervisor").contentType("application/json")
                .body(opening(child(), "FAMILY_REUNIFICATION")).when().post("/cases/deinstitutionalisation").then()
                .statusCode(201).body("tasks", hasSize(1)).extract().path("id");
        String records = "/cases/" + caseId + "/records/deinstitutionalisation-assessments";
        given().contentType("application/json").body(opening(child(), "FOSTER_CARE"))
                .when().post("/cases/deinstitutionalisation").then().statusCode(401);
        given().contentType("application/json").body(assessment("FOSTER_CARE")).when().post(records).then()
                .statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).contentType("application/json").body(opening(child(), "FOSTER_CARE"))
                    .when().post("/cases/deinstitutionalisation").then().statusCode(403);
            as(user).contentType("application/json").body(assessment("FOSTER_CARE")).when().post(records).then()
                    .statusCode(403);
        }
        as("cpu.durres.worker").contentType("application/json").body(assessment("FOSTER_CARE")).when()
                .post(records).then().statusCode(403);
        as("cpu.durres.worker").when().get("/cases/" + caseId).then().statusCode(403);
        as("cpu.durres.worker").contentType("application/json").body(carePlan(caseId, null)).when().post("/plans")
                .then().statusCode(403);
        as("cpu.tirana.worker1").when().get("/cases/" + caseId + "/records").then().statusCode(200)
                .body("$", hasSize(0));
    }

    private static long assessmentTasksOf(String worker) {
        return as(worker).queryParam("limit", 500).when().get("/tasks/mine").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(t -> "DEINSTITUTIONALISATION_ASSESSMENT".equals(t.get("kind"))).count();
    }

    private static Map<String, Object> child() {
        return Map.of("givenName", "Ardit", "familyName", "Hoxha-" + UUID.randomUUID().toString().substring(0, 8)
                .replaceAll("[0-9]", "x"), "sex", "MALE", "dateOfBirth", "2015-09-12");
    }

    private static Map<String, Object> opening(Map<String, Object> child, String outcome) {
        return Map.of("child", child, "institution", "Shtëpia e Fëmijëve Tiranë", "plannedOutcome", outcome);
    }

    private static Map<String, Object> assessment(String outcome) {
        return Map.of("assessedOn", LocalDate.now().toString(),
                "familySituation", "Mother works again and has a two-room flat; grandmother nearby",
                "childWishes", "RETURN_TO_FAMILY", "recommendedOutcome", outcome,
                "rationale", "Regular visits went well over six months");
    }

    private static Map<String, Object> carePlan(String caseId, String outcome) {
        Map<String, Object> plan = new HashMap<>(Map.of("caseId", caseId, "kind", "INDIVIDUAL_CARE_PLAN",
                "reviewDate", REVIEW.toString(), "items", List.of(
                        item("Prepared for the foster family", "Introductory visits", "Shërbimi i Kujdestarisë"),
                        item("Keeps the same school", "Transport to school", "Bashkia Tiranë"))));
        if (outcome != null) {
            plan.put("plannedOutcome", outcome);
        }
        return plan;
    }

    private static Map<String, Object> item(String goal, String service, String agency) {
        return Map.of("goal", goal, "service", service, "responsibleAgency", agency, "dueDate",
                REVIEW.minusDays(10).toString());
    }
}
