package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A task nobody in the CPU could take shows on the referral, for the CPU and for SARPC, until it is assigned. */
@QuarkusTest
class UnassignedTaskTests {

    @Test
    void aTaskNobodyCouldTakeShowsOnTheReferralUntilItIsAssigned() {
        String id = newTiranaReferral();
        UUID referralId = UUID.fromString(id);
        UUID caseId = UUID.randomUUID();
        UUID taskId = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_UNASSIGNED, caseId, new TaskUnassigned(taskId, caseId, referralId,
                    "cpu-tirane", "Tiranë", "FIRST_CONTACT", Priority.NORMAL, false, at.plus(Duration.ofHours(24)),
                    at.plus(Duration.ofHours(3)), at), id);
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("cpu.tirana.worker1").when()
                .get("/referrals/" + id).then().statusCode(200).body("unassignedSince", equalTo(at.toString())));
        as("sarpc.analyst").when().get("/referrals/" + id).then().statusCode(200)
                .body("unassignedSince", equalTo(at.toString()));

        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, caseId, new TaskAssigned(taskId, caseId, referralId,
                    "cpu-tirane", "Tiranë", "FIRST_CONTACT", "cpu.tirana.supervisor", true, Priority.NORMAL,
                    at.plus(Duration.ofHours(24)), at.plusSeconds(60)), id);
        }
        // the task is assigned at last: nothing waits any more
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("cpu.tirana.worker1").when()
                .get("/referrals/" + id).then().body("firstContactAssignee", equalTo("cpu.tirana.supervisor"))
                .body("unassignedSince", equalTo(null)));
        as("sarpc.analyst").when().get("/referrals/" + id).then().body("unassignedSince", equalTo(null));
    }

    @Test
    void anAssignmentOfAnotherTaskLeavesTheUnassignedOneShown() {
        String id = newTiranaReferral();
        UUID referralId = UUID.fromString(id);
        UUID caseId = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_UNASSIGNED, caseId, new TaskUnassigned(waiting, caseId, referralId,
                    "cpu-tirane", "Tiranë", "FIRST_CONTACT", Priority.EMERGENCY, true, at.plus(Duration.ofHours(2)),
                    at.plus(Duration.ofHours(1)), at), id);
            // after it, on the case's partition: another first-contact task, which the referral shows as assigned
            publisher.publish(EventType.TASK_ASSIGNED, caseId, new TaskAssigned(other, caseId, referralId,
                    "cpu-tirane", "Tiranë", "FIRST_CONTACT", "cpu.tirana.worker1", false, Priority.NORMAL,
                    at.plus(Duration.ofDays(1)), at.plusSeconds(1)), id);
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("cpu.tirana.worker1").when()
                .get("/referrals/" + id).then().body("firstContactAssignee", equalTo("cpu.tirana.worker1"))
                .body("unassignedSince", equalTo(at.toString())));
        as("sarpc.analyst").when().get("/referrals/" + id).then().body("unassignedSince", equalTo(at.toString()));
    }

    private static String newTiranaReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        // the first test of a run may wait for the service to join the intake topic's consumer group
        return (String) await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ReferralRoutingTests.referralsFor(intake, "cpu.tirana.worker1"), list -> !list.isEmpty())
                .get(0).get("id");
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
