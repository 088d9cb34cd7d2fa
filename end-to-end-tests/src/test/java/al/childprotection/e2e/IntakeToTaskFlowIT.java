package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole hand-over with the five packaged services, real Keycloak tokens, the real broker and a real SMTP
 * server: an intake at Kamza police station for a child living in Tirana reaches a Tirana CPU worker.
 */
@ExtendWith(PackagedPlatform.class)
class IntakeToTaskFlowIT {

    @Test
    void anIntakeAtKamzaBecomesATaskInATiranaWorkersInboxAndMailbox() {
        String familyName = "Hoxha-" + UUID.randomUUID().toString().substring(0, 6);
        String body = Intakes.of("Ardit", familyName, "Tirana");
        String key = UUID.randomUUID().toString();

        try (EventTap intakes = EventTap.on("intake.events"); EventTap referrals = EventTap.on("referral.events");
                EventTap cases = EventTap.on("case.events")) {
            long posted = System.nanoTime();
            String intakeId = as("police.kamza").contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).when().post(PackagedServices.url("police-intake-service") + "/intakes")
                    .then().statusCode(201).body("stationCode", equalTo("PS-KAMEZ"))
                    .extract().path("id");

            Map<String, Object> task = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> tasksOfIntake(intakeId), found -> found != null);
            long assignedMillis = Duration.ofNanos(System.nanoTime() - posted).toMillis();
            System.out.println("[e2e] intake 201 -> task assigned and visible to the supervisor: " + assignedMillis
                    + " ms");

            // the retry of a flaky connection: the same intake, not a second one
            as("police.kamza").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post(PackagedServices.url("police-intake-service") + "/intakes")
                    .then().statusCode(201).body("id", equalTo(intakeId));

            String assignee = (String) task.get("assignee");
            assertThat(assignee).isIn("cpu.tirana.worker1", "cpu.tirana.worker2");
            String referralId = (String) task.get("referralId");
            String taskId = (String) task.get("id");

            // the worker sees the referral, the task and the inbox entry with their own token
            as(assignee).when().get(PackagedServices.url("referral-service") + "/referrals/" + referralId)
                    .then().statusCode(200).body("cpuCode", equalTo("cpu-tirane"))
                    .body("intakeId", equalTo(intakeId)).body("child.familyName", equalTo(familyName));
            as(assignee).queryParam("limit", 500).when().get(PackagedServices.url("case-service") + "/tasks")
                    .then().statusCode(200).body("id", hasItem(taskId));
            Map<String, Object> notification = await().atMost(Duration.ofSeconds(60))
                    .until(() -> inboxEntry(assignee, taskId), found -> found != null);
            assertThat((String) notification.get("title")).doesNotContain(familyName).doesNotContain("Ardit");

            // and an e-mail in a real mailbox, with no child name in the subject
            Mailbox.Mail mail = await().atMost(Duration.ofSeconds(60)).until(
                    () -> Mailbox.of(assignee + "@demo.childprotection.al").stream()
                            .filter(m -> m.mime().contains(taskId)).findFirst().orElse(null),
                    found -> found != null);
            assertThat(mail.subject()).doesNotContain(familyName).doesNotContain("Ardit");

            // a Durrës worker sees none of it
            as("cpu.durres.worker").when().get(PackagedServices.url("referral-service") + "/referrals/" + referralId)
                    .then().statusCode(403);
            as("cpu.durres.worker").when().get(PackagedServices.url("referral-service") + "/referrals")
                    .then().statusCode(200).body("id", not(hasItem(referralId)));
            as("cpu.durres.worker").when().get(PackagedServices.url("case-service") + "/tasks/" + taskId)
                    .then().statusCode(403);
            as("cpu.durres.supervisor").when().get(PackagedServices.url("case-service") + "/tasks")
                    .then().statusCode(200).body("id", not(hasItem(taskId)));
            as("cpu.durres.worker").when().get(PackagedServices.url("notification-service") + "/inbox")
                    .then().statusCode(200).body("taskId", not(hasItem(taskId)));

            // one intake, one referral, one task, however often the request was sent
            List<ConsumerRecord<String, String>> published = new java.util.ArrayList<>();
            published.addAll(intakes.all(Duration.ofSeconds(2)));
            published.addAll(referrals.all(Duration.ofSeconds(2)));
            published.addAll(cases.all(Duration.ofSeconds(2)));
            List<ConsumerRecord<String, String>> ofThisIntake = published.stream()
                    .filter(r -> intakeId.equals(EventTap.header(r, "ce_correlationid"))).toList();
            assertThat(ofThisIntake).extracting(r -> EventTap.header(r, "ce_type")).containsExactlyInAnyOrder(
                    EventType.INTAKE_RECORDED.ceType(), EventType.REFERRAL_CREATED.ceType(),
                    EventType.CASE_OPENED.ceType(), EventType.TASK_ASSIGNED.ceType());

            // every event the services published validates against its schema in contracts
            Set<String> types = new HashSet<>();
            for (ConsumerRecord<String, String> event : published) {
                String type = EventTap.header(event, "ce_type");
                assertThat(EventSchemas.violations(type, event.value())).as(type).isEmpty();
                types.add(type);
            }
            assertThat(types).contains(EventType.INTAKE_RECORDED.ceType(), EventType.TASK_ASSIGNED.ceType());
        }
    }

    /** Not a timed assertion: it prints what a police team and a CPU worker would wait, once the JVMs are warm. */
    @Test
    void theHandOverTakesSecondsNotDays() {
        List<Long> millis = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long posted = System.nanoTime();
            String intakeId = as("police.kamza").contentType(ContentType.JSON)
                    .body(Intakes.of("Besa", "Latency-" + i, "Tiranë"))
                    .when().post(PackagedServices.url("police-intake-service") + "/intakes")
                    .then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                    .until(() -> tasksOfIntake(intakeId), found -> found != null);
            millis.add(Duration.ofNanos(System.nanoTime() - posted).toMillis());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("[e2e] intake 201 -> task assigned, 10 intakes one after another: min %d ms, median %d ms,"
                + " max %d ms%n", sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndSecurityHolds() {
        String url = PackagedServices.url("police-intake-service") + "/intakes";
        as("police.kamza").contentType(ContentType.JSON).body("{\"child\": ")
                .when().post(url).then().statusCode(400).contentType("application/problem+json");
        as("police.kamza").contentType(ContentType.JSON)
                .body(Intakes.of("Ana", "Muça", "Tiranë").replace("\"sex\": \"FEMALE\",", ""))
                .when().post(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("child.sex"));
        given().contentType(ContentType.JSON).body(Intakes.of("Ana", "Muça", "Tiranë"))
                .when().post(url).then().statusCode(401);
        as("cpu.tirana.worker1").contentType(ContentType.JSON).body(Intakes.of("Ana", "Muça", "Tiranë"))
                .when().post(url).then().statusCode(403).contentType("application/problem+json");
    }

    /**
     * The task of the intake's referral, as its assignee's inbox (newest first) announces it: the supervisor's
     * task list puts the oldest due date first, and on the shared test broker it holds every run's tasks.
     */
    static Map<String, Object> tasksOfIntake(String intakeId) {
        List<Map<String, Object>> referrals = as("cpu.tirana.supervisor").queryParam("limit", 500)
                .when().get(PackagedServices.url("referral-service") + "/referrals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        var referral = referrals.stream().filter(r -> intakeId.equals(r.get("intakeId"))).findFirst();
        if (referral.isEmpty()) {
            return null;
        }
        for (String worker : List.of("cpu.tirana.worker1", "cpu.tirana.worker2")) {
            List<Map<String, Object>> inbox = as(worker).queryParam("limit", 500)
                    .when().get(PackagedServices.url("notification-service") + "/inbox")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            var notice = inbox.stream().filter(n -> referral.get().get("id").equals(n.get("referralId"))
                    && n.get("taskId") != null).findFirst();
            if (notice.isPresent()) {
                return Map.of("id", notice.get().get("taskId"), "referralId", notice.get().get("referralId"),
                        "assignee", notice.get().get("recipient"));
            }
        }
        return null;
    }

    private static Map<String, Object> inboxEntry(String user, String taskId) {
        List<Map<String, Object>> inbox = as(user).queryParam("limit", 500)
                .when().get(PackagedServices.url("notification-service") + "/inbox")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return inbox.stream().filter(n -> taskId.equals(n.get("taskId"))).findFirst().orElse(null);
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
