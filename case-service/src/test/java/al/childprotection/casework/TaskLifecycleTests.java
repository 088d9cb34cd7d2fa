package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** The life of a task on the real broker and database: start, complete, cancel, reassign, overdue. */
@QuarkusTest
@ExtendWith(Staff.class)
class TaskLifecycleTests {

    @Test
    void theAssigneeStartsAndCompletesTheFirstContactWhichBringsTheAssessments() {
        ReferralCreated referral = refer(Priority.HIGH, Instant.now());
        Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(referral);
        String id = (String) task.get("id");
        String assignee = (String) task.get("assignee");
        String other = assignee.equals("cpu.tirana.worker1") ? "cpu.tirana.worker2" : "cpu.tirana.worker1";

        as(assignee).queryParam("limit", 500).when().get("/tasks/mine").then().statusCode(200).body("id", hasItem(id));
        as(other).when().post("/tasks/" + id + "/start").then().statusCode(403)
                .contentType("application/problem+json");
        as(assignee).when().post("/tasks/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        as(assignee).when().post("/tasks/" + id + "/start").then().statusCode(409);

        try (EventTap tap = EventTap.on("case.events")) {
            Instant before = Instant.now();
            as(assignee).when().post("/tasks/" + id + "/completion").then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("completedBy", equalTo(assignee))
                    .body("overdue", equalTo(false));
            ConsumerRecord<String, String> completed = tap.await(EventTap.ofType(EventType.TASK_COMPLETED.ceType())
                    .and(r -> r.value().contains(id)), Duration.ofSeconds(20));
            assertThat(completed.key()).isEqualTo(task.get("caseId"));
            assertThat(EventSchemas.violations(EventType.TASK_COMPLETED.ceType(), completed.value())).isEmpty();
            assertThat(completed.value()).contains("\"kind\":\"FIRST_CONTACT\"")
                    .doesNotContain(referral.child().familyName());

            // the assessments follow, for the same worker, due by the SLA of a HIGH referral (3 and 7 days)
            List<Map<String, Object>> inbox = as(assignee).queryParam("limit", 500)
                    .when().get("/tasks/mine").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            Map<String, Object> risk = only(inbox, referral, "RISK_ASSESSMENT");
            Map<String, Object> needs = only(inbox, referral, "NEEDS_ASSESSMENT");
            assertThat(Instant.parse((String) risk.get("dueAt")))
                    .isBetween(before.plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3)));
            assertThat(Instant.parse((String) needs.get("dueAt")))
                    .isBetween(before.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));
            assertThat(inbox).extracting(t -> t.get("id")).doesNotContain(id);
            tap.await(EventTap.ofType(EventType.TASK_ASSIGNED.ceType()).and(r -> r.value().contains(
                    (String) risk.get("id"))), Duration.ofSeconds(20));
        }
        as(assignee).when().post("/tasks/" + id + "/completion").then().statusCode(409);
        as(assignee).when().get("/cases/" + task.get("caseId") + "/timeline").then().statusCode(200)
                .body("kind", hasItem("TASK_COMPLETED")).body("kind", hasItem("TASK_STARTED"));
    }

    @Test
    void aCancellationNeedsAReason() {
        Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(refer(Priority.NORMAL, Instant.now()));
        String id = (String) task.get("id");
        String assignee = (String) task.get("assignee");
        as(assignee).contentType("application/json").body("{}").when().post("/tasks/" + id + "/cancellation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        as(assignee).contentType("application/json").body("{\"reason\": \"  \"}").when()
                .post("/tasks/" + id + "/cancellation").then().statusCode(400);
        as(assignee).when().get("/tasks/" + id).then().statusCode(200).body("status", equalTo("OPEN"));

        as(assignee).contentType("application/json").body(Map.of("reason", "The family moved to Durrës"))
                .when().post("/tasks/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("The family moved to Durrës"));
        as(assignee).queryParam("limit", 500)
                .when().get("/tasks/mine").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void aSupervisorReassignsWithinTheCpuAndTheMoveIsRecorded() {
        Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(refer(Priority.NORMAL, Instant.now()));
        String id = (String) task.get("id");
        String assignee = (String) task.get("assignee");
        String other = assignee.equals("cpu.tirana.worker1") ? "cpu.tirana.worker2" : "cpu.tirana.worker1";
        String move = "/tasks/" + id + "/reassignment";

        as(assignee).contentType("application/json").body(Map.of("assignee", other, "reason", "leave"))
                .when().post(move).then().statusCode(403);
        as("cpu.durres.supervisor").contentType("application/json").body(Map.of("assignee", other, "reason", "x"))
                .when().post(move).then().statusCode(403);
        as("cpu.tirana.supervisor").contentType("application/json")
                .body(Map.of("assignee", "cpu.durres.worker", "reason", "leave"))
                .when().post(move).then().statusCode(422).body("errors[0].field", equalTo("assignee"));
        as("cpu.tirana.supervisor").contentType("application/json").body(Map.of("assignee", other))
                .when().post(move).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("cpu.tirana.supervisor").when().get("/tasks/" + id).then().body("assignee", equalTo(assignee));

        try (EventTap tap = EventTap.on("case.events")) {
            as("cpu.tirana.supervisor").contentType("application/json")
                    .body(Map.of("assignee", other, "reason", "Blerina is on leave this week"))
                    .when().post(move).then().statusCode(200).body("assignee", equalTo(other));
            ConsumerRecord<String, String> assigned = tap.await(EventTap.ofType(EventType.TASK_ASSIGNED.ceType())
                    .and(r -> r.value().contains(id)), Duration.ofSeconds(20));
            assertThat(assigned.value()).contains("\"assignee\":\"" + other + "\"");
        }
        as(other).queryParam("limit", 500).when().get("/tasks/mine").then().statusCode(200).body("id", hasItem(id));
        as(assignee).queryParam("limit", 500)
                .when().get("/tasks/mine").then().statusCode(200).body("id", not(hasItem(id)));
        as(other).when().get("/cases/" + task.get("caseId") + "/timeline").then().statusCode(200)
                .body("find { it.kind == 'TASK_REASSIGNED' }.actor", equalTo("cpu.tirana.supervisor"));
    }

    @Test
    void aTaskPastItsDueTimeIsAnnouncedOnceAndFlaggedInTheInboxAndWorkload() {
        try (EventTap tap = EventTap.on("case.events")) {
            ReferralCreated late = refer(Priority.NORMAL, Instant.now().minus(Duration.ofDays(4)));
            Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(late);
            String id = (String) task.get("id");
            String assignee = (String) task.get("assignee");

            ConsumerRecord<String, String> overdue = tap.await(EventTap.ofType(EventType.TASK_OVERDUE.ceType())
                    .and(r -> r.value().contains(id)), Duration.ofSeconds(30));
            assertThat(overdue.key()).isEqualTo(task.get("caseId"));
            assertThat(EventSchemas.violations(EventType.TASK_OVERDUE.ceType(), overdue.value())).isEmpty();
            // the clock looks every second in tests: a few more looks announce nothing more
            assertThat(tap.all(Duration.ofSeconds(4)).stream().filter(EventTap.ofType(EventType.TASK_OVERDUE.ceType()))
                    .filter(r -> r.value().contains(id))).hasSize(1);

            Map<String, Object> inInbox = as(assignee).queryParam("limit", 500)
                    .when().get("/tasks/mine").then().statusCode(200).extract()
                    .jsonPath().<Map<String, Object>>getList("$").stream().filter(t -> id.equals(t.get("id")))
                    .findFirst().orElseThrow();
            assertThat(inInbox).containsEntry("overdue", true);
            Map<String, Object> load = as("cpu.tirana.supervisor").when().get("/tasks/workload").then()
                    .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                    .filter(w -> assignee.equals(w.get("username"))).findFirst().orElseThrow();
            assertThat((Integer) load.get("overdue")).isPositive();
            assertThat((Integer) load.get("open")).isPositive();
        }
    }

    @Test
    void theWorkloadIsTheSupervisorsOwnCpu() {
        List<String> tirana = as("cpu.tirana.supervisor").when().get("/tasks/workload").then().statusCode(200)
                .extract().jsonPath().getList("username");
        assertThat(tirana).contains("cpu.tirana.worker1", "cpu.tirana.worker2").doesNotContain("cpu.durres.worker");
        as("cpu.durres.supervisor").when().get("/tasks/workload").then().statusCode(200)
                .body("username", not(hasItem("cpu.tirana.worker1")));
        as("cpu.tirana.worker1").when().get("/tasks/workload").then().statusCode(403);
    }

    @Test
    void theNewEndpointsNeedATokenACpuRoleAndTheTasksMunicipality() {
        Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(refer(Priority.NORMAL, Instant.now()));
        String id = (String) task.get("id");
        String[] steps = { "/start", "/completion", "/cancellation", "/reassignment" };
        given().when().get("/tasks/mine").then().statusCode(401);
        given().when().get("/tasks/workload").then().statusCode(401);
        for (String step : steps) {
            given().contentType("application/json").body("{}").when().post("/tasks/" + id + step).then()
                    .statusCode(401);
        }
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get("/tasks/mine").then().statusCode(403);
            as(user).when().get("/tasks/workload").then().statusCode(403);
            for (String step : steps) {
                as(user).contentType("application/json").body(Map.of("reason", "r", "assignee", "a"))
                        .when().post("/tasks/" + id + step).then().statusCode(403);
            }
        }
        for (String step : new String[] { "/start", "/completion" }) {
            as("cpu.durres.worker").when().post("/tasks/" + id + step).then().statusCode(403);
        }
        as("cpu.durres.worker").contentType("application/json").body(Map.of("reason", "r"))
                .when().post("/tasks/" + id + "/cancellation").then().statusCode(403);
        as("cpu.durres.worker").queryParam("limit", 500)
                .when().get("/tasks/mine").then().statusCode(200).body("id", not(hasItem(id)));
        as("cpu.tirana.worker1").when().post("/tasks/" + UUID.randomUUID() + "/start").then().statusCode(404);
        as("cpu.tirana.supervisor").when().get("/tasks/" + id).then().body("status", equalTo("OPEN"));
    }

    private static ReferralCreated refer(Priority priority, Instant at) {
        ReferralCreated referral = Referrals.made("cpu-tirane", "Tiranë", Referrals.aChild(), priority, at);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
        }
        return referral;
    }

    private static Map<String, Object> only(List<Map<String, Object>> tasks, ReferralCreated referral, String kind) {
        List<Map<String, Object>> found = tasks.stream()
                .filter(t -> referral.referralId().toString().equals(t.get("referralId")))
                .filter(t -> kind.equals(t.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }
}
