package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With an SMTP server that refuses every connection, the notice still reaches the inbox; its e-mail is retried
 * and, after the attempts allowed, given up: the inbox shows FAILED, and nothing was sent.
 */
@QuarkusTest
@TestProfile(EmailFailureTests.SmtpDown.class)
class EmailFailureTests {

    /** The mailer points at a port where nothing listens; three attempts are allowed. */
    public static class SmtpDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", "9", "platform.email.max-attempts", "3");
        }
    }

    @Test
    void anEmailTheServerKeepsRefusingIsRetriedThenGivenUp() {
        String worker = "cpu.tirana.worker2";
        TaskAssigned task = TaskAssignedSamples.firstContact(worker, Priority.NORMAL,
                Instant.now().plus(Duration.ofDays(3)));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, TaskAssignedSamples.correlationId(task));
        }

        NotificationView failed = await().atMost(Duration.ofSeconds(60)).until(() -> InboxJson.notifications(
                given().auth().oauth2(TestTokens.of(worker)).queryParam("limit", 500).get("/inbox").then()
                        .statusCode(200).extract().response()).stream()
                .filter(n -> task.taskId().equals(n.taskId())).findFirst()
                .filter(n -> n.emailStatus() != Notification.EmailStatus.PENDING), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(failed.emailStatus()).isEqualTo(Notification.EmailStatus.FAILED);
        assertThat(Mailbox.of(worker + "@demo.childprotection.al"))
                .noneMatch(m -> m.text().contains(task.taskId().toString()));
    }
}
