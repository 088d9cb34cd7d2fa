package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;

/**
 * A task.assigned event on the real case.events topic becomes an inbox entry and one real e-mail (GreenMail);
 * duplicates change nothing; records that are not CloudEvents go to the dead-letter topic without blocking.
 */
@QuarkusTest
class TaskAssignedNotificationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "case.events";
    private static final String DEAD_LETTERS = "case.events.notification-service.dlt";

    /** The child of these tasks, known to case-service only: no event carries her name, no e-mail may. */
    private static final String CHILD_NAME = "Arta";

    /** A task.assigned payload whose task id is not a UUID: JSON, but not a task. */
    record NotATask(String taskId, String caseId) {
    }

    @Test
    void anAssignedTaskReachesTheAssigneesInboxAndMailbox() {
        String worker = "cpu.tirana.worker1";
        TaskAssigned task = TaskAssignedSamples.firstContact(worker, Priority.NORMAL,
                Instant.parse("2026-12-02T13:00:00Z"));
        publish(task);

        // the demo CPU staff read Albanian
        String title = "Detyrë e re ndjekjeje: kontakti i parë me afat 2026-12-02 14:00 (Europe/Tirane)";
        NotificationView notice = await().atMost(PATIENCE)
                .until(() -> inboxEntry(as(worker), task.taskId()), Optional::isPresent).orElseThrow();
        assertThat(notice).usingRecursiveComparison().ignoringFields("id", "createdAt", "body", "emailStatus")
                .isEqualTo(new NotificationView(null, worker, Notification.Kind.TASK_ASSIGNED, title,
                        null, task.taskId(), task.caseId(), task.referralId(), null, null, null));
        assertThat(notice.body()).contains("Përshëndetje Blerina Kola,", "Detyra: kontakti i parë",
                "cpu-tirane (Tiranë)", "Prioriteti: NORMAL", "Afati: 2026-12-02 14:00 (Europe/Tirane)",
                task.taskId().toString(), task.caseId().toString(), task.referralId().toString(),
                "Hapni rastin në platformën e mbrojtjes së fëmijëve")
                .doesNotContain(CHILD_NAME);

        List<Mailbox.Mail> mails = await().atMost(PATIENCE)
                .until(() -> mailsMentioning(worker, task.taskId()), found -> !found.isEmpty());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo(title).doesNotContain(CHILD_NAME);
        assertThat(mails.get(0).from()).contains("no-reply@childprotection.al");
        assertThat(mails.get(0).text()).contains(task.caseId().toString(), "cpu-tirane (Tiranë)", "Hapni rastin")
                .doesNotContain(CHILD_NAME);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(InboxJson.notification(
                as(worker).get("/inbox/{id}", notice.id()).then().statusCode(200).extract().response()).emailStatus())
                .isEqualTo(Notification.EmailStatus.SENT));
    }

    @Test
    void anEmergencyTaskForTheSupervisorSaysSoInItsTitleAndBody() {
        String supervisor = "cpu.tirana.supervisor";
        TaskAssigned task = TaskAssignedSamples.toTheSupervisor(TaskAssignedSamples.firstContact(supervisor,
                Priority.EMERGENCY, Instant.parse("2026-07-01T08:30:00Z")));
        publish(task);

        NotificationView notice = await().atMost(PATIENCE)
                .until(() -> inboxEntry(as(supervisor), task.taskId()), Optional::isPresent).orElseThrow();
        // summer time: Tirana is UTC+2 in July
        assertThat(notice.title())
                .isEqualTo("EMERGJENCË - Detyrë e re ndjekjeje: kontakti i parë me afat 2026-07-01 10:30 (Europe/Tirane)");
        assertThat(notice.body()).contains("ju është caktuar juve si mbikëqyrës", "Prioriteti: EMERGENCY");
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneNotificationAndOneEmail() {
        String worker = "cpu.tirana.worker2";
        TaskAssigned task = TaskAssignedSamples.firstContact(worker, Priority.NORMAL,
                Instant.now().plus(Duration.ofHours(72)));
        TaskAssigned later = TaskAssignedSamples.anotherTaskOfTheSameCase(task);
        try (EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task,
                    TaskAssignedSamples.correlationId(task));
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, TaskAssignedSamples.correlationId(task),
                    eventId);
            // same key, same partition: once this one is in the mailbox, both copies above have been handled
            publisher.publish(EventType.TASK_ASSIGNED, later.caseId(), later, TaskAssignedSamples.correlationId(later));
        }

        await().atMost(PATIENCE).until(() -> mailsMentioning(worker, later.taskId()), found -> !found.isEmpty());

        List<NotificationView> inbox = InboxJson.notifications(
                as(worker).queryParam("limit", 500).get("/inbox").then().statusCode(200).extract().response());
        assertThat(inbox).filteredOn(n -> task.taskId().equals(n.taskId())).hasSize(1);
        assertThat(inbox).filteredOn(n -> later.taskId().equals(n.taskId())).hasSize(1);
        assertThat(mailsMentioning(worker, task.taskId())).hasSize(1);
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNextEvent() {
        String worker = "cpu.durres.worker";
        TaskAssigned task = TaskAssignedSamples.firstContact(worker, Priority.NORMAL,
                Instant.now().plus(Duration.ofHours(72)));
        String key = task.caseId().toString();
        String poison = "{\"not\":\"a cloud event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            publisher.publishRaw(TOPIC, key, poison);
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, TaskAssignedSamples.correlationId(task));

            await().atMost(PATIENCE).until(() -> inboxEntry(as(worker), task.taskId()), Optional::isPresent);

            ConsumerRecord<String, String> dead = deadLetters.await(r -> poison.equals(r.value()), PATIENCE);
            assertThat(dead.key()).isEqualTo(key);
            assertThat(EventTap.header(dead, "dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(EventTap.header(dead, "dead-letter-reason")).contains("ce_specversion");
        }
    }

    @Test
    void aTaskAssignedWithAPayloadThatIsNotATaskGoesToTheDeadLetterTopicAtOnce() {
        UUID caseId = UUID.randomUUID();
        NotATask garbage = new NotATask("not a task id " + UUID.randomUUID(), caseId.toString());
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.TASK_ASSIGNED, caseId, garbage, "intake-" + caseId);

            ConsumerRecord<String, String> dead = deadLetters.await(r -> caseId.toString().equals(r.key()), PATIENCE);
            assertThat(dead.value()).contains(garbage.taskId());
            assertThat(EventTap.header(dead, "dead-letter-reason")).contains("malformed payload");
            assertThat(EventTap.header(dead, "ce_id")).isEqualTo(eventId);
        }
    }

    /** cpu.elbasan.newcomer is not a demo user of the realm and has no address: a test identity, not a token. */
    @Test
    @TestSecurity(user = "cpu.elbasan.newcomer", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Elbasan"))
    void aTaskForSomeoneWithoutAnAddressIsInTheirInboxButNotMailed() {
        TaskAssigned task = TaskAssignedSamples.firstContact("cpu.elbasan.newcomer", Priority.NORMAL,
                Instant.now().plus(Duration.ofHours(72)));
        publish(task);

        NotificationView notice = await().atMost(PATIENCE)
                .until(() -> inboxEntry(given(), task.taskId()), Optional::isPresent).orElseThrow();
        assertThat(notice.emailStatus()).isEqualTo(Notification.EmailStatus.NO_ADDRESS);
        // somebody the service has no record of reads the platform's language, Albanian
        assertThat(notice.body()).startsWith("Përshëndetje,");
    }

    /** Publishes a task as case-service does: on case.events, keyed by its case id. */
    private static void publish(TaskAssigned task) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, TaskAssignedSamples.correlationId(task));
        }
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }

    /** The caller's inbox entry for a task, if it has arrived. */
    private static Optional<NotificationView> inboxEntry(RequestSpecification caller, UUID taskId) {
        return InboxJson.notifications(caller.queryParam("limit", 500).get("/inbox").then().statusCode(200)
                .extract().response()).stream().filter(n -> taskId.equals(n.taskId())).findFirst();
    }

    /** The e-mails to a demo user whose decoded text mentions the task (mail of earlier runs stays there). */
    private static List<Mailbox.Mail> mailsMentioning(String demoUser, UUID taskId) {
        return Mailbox.of(demoUser + "@demo.childprotection.al").stream()
                .filter(m -> m.text().contains(taskId.toString())).toList();
    }
}
