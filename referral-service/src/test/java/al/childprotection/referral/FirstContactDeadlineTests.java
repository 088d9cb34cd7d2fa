package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** case-service's first-contact task, on the real broker, sets the referral's first-contact deadline. */
@QuarkusTest
class FirstContactDeadlineTests {

    private static final String READER = "cpu.tirana.worker1";
    private static final String DEAD_LETTERS = "case.events.referral-service.dlt";

    @Test
    void theFirstContactTaskSetsTheDeadlineAndAPassedDeadlineIsOverdue() {
        String upcoming = newTiranaReferral();
        String late = newTiranaReferral();
        Instant tomorrow = Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.SECONDS);
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        publish(task(upcoming, "FIRST_CONTACT", "cpu.tirana.worker1", tomorrow));
        publish(task(late, "FIRST_CONTACT", "cpu.tirana.supervisor", anHourAgo));

        Map<String, Object> onTime = awaitFirstContact(upcoming);
        assertThat(Instant.parse((String) onTime.get("firstContactDueAt"))).isEqualTo(tomorrow);
        assertThat(onTime).containsEntry("firstContactAssignee", "cpu.tirana.worker1")
                .containsEntry("firstContactOverdue", false);

        Map<String, Object> overdue = awaitFirstContact(late);
        assertThat(Instant.parse((String) overdue.get("firstContactDueAt"))).isEqualTo(anHourAgo);
        assertThat(overdue).containsEntry("firstContactAssignee", "cpu.tirana.supervisor")
                .containsEntry("firstContactOverdue", true);
    }

    @Test
    void aRedeliveredEventAndOtherTaskKindsChangeNothing() {
        String id = newTiranaReferral();
        String marker = newTiranaReferral();
        Instant due = Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.SECONDS);
        TaskAssigned task = task(id, "FIRST_CONTACT", "cpu.tirana.worker1", due);
        UUID caseId = task.caseId();
        try (EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.TASK_ASSIGNED, caseId, task, id);
            awaitFirstContact(id);

            // The same event id again (with a payload that would show if it were applied), and a task of
            // another kind; then, with the same key so it is consumed after them, a task for another referral.
            TaskAssigned altered = new TaskAssigned(task.taskId(), caseId, task.referralId(), task.cpuCode(),
                    task.municipality(), task.kind(), "cpu.tirana.worker2", false, task.priority(),
                    Instant.now().minus(Duration.ofHours(2)), task.assignedAt());
            publisher.publish(EventType.TASK_ASSIGNED, caseId, altered, id, eventId);
            TaskAssigned homeVisit = new TaskAssigned(UUID.randomUUID(), caseId, task.referralId(), task.cpuCode(),
                    task.municipality(), "HOME_VISIT", "cpu.tirana.worker2", false, task.priority(),
                    Instant.now().minus(Duration.ofHours(3)), Instant.now());
            publisher.publish(EventType.TASK_ASSIGNED, caseId, homeVisit, id);
            TaskAssigned markerTask = new TaskAssigned(UUID.randomUUID(), caseId, UUID.fromString(marker),
                    "cpu-tirane", "Tiranë", "FIRST_CONTACT", "cpu.tirana.worker1", false, Priority.NORMAL, due,
                    Instant.now());
            publisher.publish(EventType.TASK_ASSIGNED, caseId, markerTask, marker);
        }
        awaitFirstContact(marker);

        Map<String, Object> referral = referral(id);
        assertThat(Instant.parse((String) referral.get("firstContactDueAt"))).isEqualTo(due);
        assertThat(referral).containsEntry("firstContactAssignee", "cpu.tirana.worker1")
                .containsEntry("firstContactOverdue", false);
    }

    @Test
    void aFirstContactTaskForAnUnknownReferralIsRetriedThenDeadLettered() {
        TaskAssigned orphan = task(UUID.randomUUID().toString(), "FIRST_CONTACT", "cpu.tirana.worker1",
                Instant.now().plus(Duration.ofHours(24)));
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS)) {
            publish(orphan);
            ConsumerRecord<String, String> dead = deadLetters.await(
                    r -> orphan.caseId().toString().equals(r.key()), Duration.ofSeconds(90));
            assertThat(dead.value()).contains(orphan.referralId().toString());
            assertThat(EventTap.header(dead, "ce_type")).isEqualTo(EventType.TASK_ASSIGNED.ceType());
        }
        // The partition goes on: the next task is applied.
        String id = newTiranaReferral();
        publish(task(id, "FIRST_CONTACT", "cpu.tirana.worker1", Instant.now().plus(Duration.ofHours(24))));
        assertThat(awaitFirstContact(id)).containsEntry("firstContactAssignee", "cpu.tirana.worker1");
    }

    /** A task.assigned as case-service publishes it: a new case, keyed by the case id. */
    private static TaskAssigned task(String referralId, String kind, String assignee, Instant dueAt) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(referralId), "cpu-tirane",
                "Tiranë", kind, assignee, false, Priority.NORMAL, dueAt, Instant.now());
    }

    private static void publish(TaskAssigned task) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, task.referralId().toString());
        }
    }

    private static String newTiranaReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        return (String) ReferralRoutingTests.awaitReferral(intake, READER).get("id");
    }

    private static Map<String, Object> awaitFirstContact(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> referral(id), r -> r.get("firstContactDueAt") != null);
    }

    private static Map<String, Object> referral(String id) {
        return given().auth().oauth2(TestTokens.of(READER)).when().get("/referrals/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
