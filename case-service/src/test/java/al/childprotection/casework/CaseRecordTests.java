package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
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

/** Structured records on a case: validated field by field; an immediate risk calls for an emergency response. */
@QuarkusTest
@ExtendWith(Staff.class)
class CaseRecordTests {

    private static final Map<String, Object> HOME_VISIT = Map.of("visitedAt", "2026-11-20T10:00:00Z",
            "place", "The family's flat, Kombinat", "peoplePresent", List.of("mother", "grandmother"),
            "childSeen", true, "observations", "Clean and warm; the child was calm and talked about school");

    @Test
    void eachKindOfRecordIsKeptWithTheCase() {
        String id = newCase();
        String records = "/cases/" + id + "/records";
        as("cpu.tirana.worker1").contentType("application/json").body(HOME_VISIT)
                .when().post(records + "/home-visits").then().statusCode(201).body("kind", equalTo("HOME_VISIT"))
                .body("content.childSeen", equalTo(true)).body("recordedBy", equalTo("cpu.tirana.worker1"));
        as("cpu.tirana.worker2").contentType("application/json").body(Map.of("assessedOn", "2026-11-21",
                "needs", List.of(Map.of("area", "EDUCATION", "level", "HIGH", "note", "Out of school since May"),
                        Map.of("area", "HEALTH", "level", "LOW")),
                "summary", "School re-enrolment first"))
                .when().post(records + "/needs-assessments").then().statusCode(201);
        as("cpu.tirana.worker1").contentType("application/json").body(Map.of("heldAt", "2026-11-22T15:00:00Z",
                "minutes", 45, "counsellor", "Psychologist of the CPU", "notes", "Second session"))
                .when().post(records + "/counselling-sessions").then().statusCode(201);
        as("cpu.tirana.worker1").contentType("application/json").body(Map.of("at", "2026-11-22T23:10:00Z",
                "actions", List.of("POLICE_CALLED", "REMOVED_TO_SAFETY"), "description", "Father returned drunk"))
                .when().post(records + "/emergency-interventions").then().statusCode(201);
        as("cpu.tirana.worker1").contentType("application/json").body(risk("MEDIUM"))
                .when().post(records + "/risk-assessments").then().statusCode(201);

        as("cpu.tirana.supervisor").when().get(records).then().statusCode(200).body("$", hasSize(5))
                .body("kind", hasItem("COUNSELLING_SESSION")).body("[1].content.needs[0].area", equalTo("EDUCATION"));
        as("cpu.tirana.supervisor").when().get("/cases/" + id + "/timeline").then()
                .body("kind", hasItem("HOME_VISIT_RECORDED")).body("kind", hasItem("RISK_ASSESSMENT_RECORDED"));
        // a medium risk raises nothing more than the record
        as("cpu.tirana.supervisor").when().get("/cases/" + id).then()
                .body("tasks.kind", org.hamcrest.Matchers.not(hasItem("EMERGENCY_INTERVENTION")));
    }

    @Test
    void anImmediateRiskRaisesAnEmergencyInterventionAndAsksTheShelterForAPlacement() {
        String id = newCase();
        try (EventTap tap = EventTap.on("case.events")) {
            Instant before = Instant.now();
            as("cpu.tirana.worker1").contentType("application/json").body(risk("IMMEDIATE"))
                    .when().post("/cases/" + id + "/records/risk-assessments").then().statusCode(201);
            ConsumerRecord<String, String> placement = tap.await(
                    EventTap.ofType(EventType.CASE_PLACEMENT_REQUESTED.ceType()).and(r -> id.equals(r.key())),
                    Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(EventType.CASE_PLACEMENT_REQUESTED.ceType(), placement.value()))
                    .isEmpty();
            Map<String, Object> emergency = as("cpu.tirana.supervisor").when().get("/cases/" + id).then()
                    .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("tasks").stream()
                    .filter(t -> "EMERGENCY_INTERVENTION".equals(t.get("kind"))).findFirst().orElseThrow();
            assertThat(emergency).containsEntry("priority", "EMERGENCY").containsEntry("status", "OPEN");
            assertThat(Instant.parse((String) emergency.get("dueAt")))
                    .isBetween(before.plus(Duration.ofHours(4)), Instant.now().plus(Duration.ofHours(4)));
            tap.await(EventTap.ofType(EventType.TASK_ASSIGNED.ceType())
                    .and(r -> r.value().contains((String) emergency.get("id"))), Duration.ofSeconds(20));
        }
    }

    @Test
    void badRecordsAreRefusedNamingTheFieldAndNothingIsStored() {
        String id = newCase();
        String records = "/cases/" + id + "/records";
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("assessedOn", "2026-11-21", "level", "SEVERE", "factors", List.of("NEGLECT"),
                        "rationale", "x"))
                .when().post(records + "/risk-assessments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("assessedOn", "2026-11-21", "level", "HIGH", "factors", List.of(), "rationale", "x"))
                .when().post(records + "/risk-assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("factors"));
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("visitedAt", "2999-01-01T10:00:00Z", "place", "home", "peoplePresent", List.of("mother"),
                        "childSeen", true, "observations", "ok"))
                .when().post(records + "/home-visits").then().statusCode(400)
                .body("errors[0].field", equalTo("visitedAt"));
        as("cpu.tirana.worker1").contentType("application/json").body(Map.of("heldAt", "2026-11-22T15:00:00Z",
                "minutes", 2, "counsellor", "x", "notes", "y"))
                .when().post(records + "/counselling-sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("minutes"));
        as("cpu.tirana.worker1").contentType("application/json").body("{\"needs\": [{\"area\": \"MOON\"}]}")
                .when().post(records + "/needs-assessments").then().statusCode(400);
        as("cpu.tirana.worker1").when().get(records).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void recordsAreForTheCasesMunicipalityOnly() {
        String id = newCase();
        String records = "/cases/" + id + "/records";
        given().when().get(records).then().statusCode(401);
        given().contentType("application/json").body(HOME_VISIT).when().post(records + "/home-visits").then()
                .statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get(records).then().statusCode(403);
            as(user).contentType("application/json").body(HOME_VISIT).when().post(records + "/home-visits").then()
                    .statusCode(403);
        }
        as("cpu.durres.worker").when().get(records).then().statusCode(403).contentType("application/problem+json");
        as("cpu.durres.worker").contentType("application/json").body(HOME_VISIT).when()
                .post(records + "/home-visits").then().statusCode(403);
        as("cpu.tirana.worker1").contentType("application/json").body(HOME_VISIT).when()
                .post("/cases/" + UUID.randomUUID() + "/records/home-visits").then().statusCode(404);
        as("cpu.tirana.worker1").when().get(records).then().statusCode(200).body("$", hasSize(0));
    }

    private static Map<String, Object> risk(String level) {
        return Map.of("assessedOn", "2026-11-22", "level", level, "factors", List.of("DOMESTIC_VIOLENCE", "NEGLECT"),
                "rationale", "Violence at home witnessed twice this month");
    }

    private static String newCase() {
        return (String) ChildMatchingTests.referAndAwaitCase(Referrals.aChild()).get("id");
    }
}
