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
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.rest.NotificationView;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * A task.assigned event on the real case.events topic becomes an inbox entry and one real e-mail (GreenMail);
 * duplicates change nothing; records that are not CloudEvents go to the dead-letter topic without blocking.
 */
@QuarkusTest
class TaskAssignedNotificationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The child of these tasks, known to case-service only: no event carries her name, no e-mail may. */
    private static final String CHILD_NAME = "Arta";

    @Test
    @TestSecurity(user = "cpu.tirana.worker1", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Tiranë"))
    void anAssignedTaskReachesTheAssigneesInboxAndMailbox() {
        TaskAssigned task = CaseEventsTopic.firstContact("cpu.tirana.worker1", Priority.ROUTINE,
                Instant.parse("2026-12-02T13:00:00Z"));
        CaseEventsTopic.publish(task.caseId().toString(), CaseEventsTopic.taskAssignedEvent(task));

        String title = "New follow-up task: first contact due 2026-12-02 14:00 (Europe/Tirane)";
        NotificationView notice = await().atMost(PATIENCE).until(() -> inboxEntry(task.taskId()), Optional::isPresent)
                .orElseThrow();
        assertThat(notice).usingRecursiveComparison().ignoringFields("id", "createdAt", "body", "emailStatus")
                .isEqualTo(new NotificationView(null, "cpu.tirana.worker1", Notification.Kind.TASK_ASSIGNED, title,
                        null, task.taskId(), task.caseId(), task.referralId(), null, null, null));
        assertThat(notice.body()).contains("Hello Blerina Kola,", "Task: first contact", "cpu-tirane (Tiranë)",
                "Priority: ROUTINE", "Due: 2026-12-02 14:00 (Europe/Tirane)", task.taskId().toString(),
                task.caseId().toString(), task.referralId().toString(), "Open the case in the child-protection platform")
                .doesNotContain(CHILD_NAME);

        List<DemoMailbox.Message> mails = await().atMost(PATIENCE)
                .until(() -> DemoMailbox.messagesMentioning("cpu.tirana.worker1@demo.childprotection.al",
                        task.taskId().toString()), found -> !found.isEmpty());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo(title).doesNotContain(CHILD_NAME);
        assertThat(mails.get(0).from()).contains("no-reply@childprotection.al");
        assertThat(mails.get(0).text()).contains(task.caseId().toString(), "Open the case").doesNotContain(CHILD_NAME);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(InboxJson.notification(
                given().get("/inbox/{id}", notice.id()).then().statusCode(200).extract().response()).emailStatus())
                .isEqualTo(Notification.EmailStatus.SENT));
    }

    @Test
    @TestSecurity(user = "cpu.tirana.supervisor", roles = "cpu-supervisor")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Tiranë"))
    void anEmergencyTaskForTheSupervisorSaysSoInItsTitleAndBody() {
        TaskAssigned worker = CaseEventsTopic.firstContact("cpu.tirana.supervisor", Priority.EMERGENCY,
                Instant.parse("2026-07-01T08:30:00Z"));
        TaskAssigned task = new TaskAssigned(worker.taskId(), worker.caseId(), worker.referralId(), worker.cpuCode(),
                worker.municipality(), worker.kind(), worker.assignee(), true, worker.priority(), worker.dueAt(),
                worker.assignedAt());
        CaseEventsTopic.publish(task.caseId().toString(), CaseEventsTopic.taskAssignedEvent(task));

        NotificationView notice = await().atMost(PATIENCE).until(() -> inboxEntry(task.taskId()), Optional::isPresent)
                .orElseThrow();
        // summer time: Tirana is UTC+2 in July
        assertThat(notice.title())
                .isEqualTo("EMERGENCY - New follow-up task: first contact due 2026-07-01 10:30 (Europe/Tirane)");
        assertThat(notice.body()).contains("assigned to you as supervisor", "Priority: EMERGENCY");
    }

    @Test
    @TestSecurity(user = "cpu.tirana.worker2", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Tiranë"))
    void theSameEventDeliveredTwiceGivesOneNotificationAndOneEmail() {
        TaskAssigned task = CaseEventsTopic.firstContact("cpu.tirana.worker2", Priority.ROUTINE,
                Instant.now().plus(Duration.ofHours(72)));
        CloudEvent event = CaseEventsTopic.taskAssignedEvent(task);
        String key = task.caseId().toString();
        CaseEventsTopic.publish(key, event);
        CaseEventsTopic.publish(key, event);
        // same key, same partition: once this one is in the mailbox, both copies above have been handled
        TaskAssigned later = CaseEventsTopic.anotherTaskOfTheSameCase(task);
        CaseEventsTopic.publish(key, CaseEventsTopic.taskAssignedEvent(later));

        String mailbox = "cpu.tirana.worker2@demo.childprotection.al";
        await().atMost(PATIENCE).until(() -> DemoMailbox.messagesMentioning(mailbox, later.taskId().toString()),
                found -> !found.isEmpty());

        List<NotificationView> inbox = InboxJson.notifications(
                given().queryParam("limit", 500).get("/inbox").then().statusCode(200).extract().response());
        assertThat(inbox).filteredOn(n -> task.taskId().equals(n.taskId())).hasSize(1);
        assertThat(inbox).filteredOn(n -> later.taskId().equals(n.taskId())).hasSize(1);
        assertThat(DemoMailbox.messagesMentioning(mailbox, task.taskId().toString())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "cpu.durres.worker", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Durrës"))
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNextEvent() {
        TaskAssigned task = CaseEventsTopic.firstContact("cpu.durres.worker", Priority.ROUTINE,
                Instant.now().plus(Duration.ofHours(72)));
        String key = task.caseId().toString();
        String poison = "{\"not\":\"a cloud event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        CaseEventsTopic.publishWithoutHeaders(key, poison);
        CaseEventsTopic.publish(key, CaseEventsTopic.taskAssignedEvent(task));

        await().atMost(PATIENCE).until(() -> inboxEntry(task.taskId()), Optional::isPresent);

        ConsumerRecord<String, String> dead = await().atMost(PATIENCE)
                .until(() -> CaseEventsTopic.deadLetter(poison), Optional::isPresent).orElseThrow();
        assertThat(dead.key()).isEqualTo(key);
        assertThat(CaseEventsTopic.header(dead, "dead-letter-topic")).isEqualTo(CaseEventsTopic.TOPIC);
        assertThat(CaseEventsTopic.header(dead, "dead-letter-reason")).contains("ce_specversion");
    }

    @Test
    @TestSecurity(user = "cpu.durres.supervisor", roles = "cpu-supervisor")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Durrës"))
    void aTaskAssignedWithAPayloadThatIsNotATaskGoesToTheDeadLetterTopicAtOnce() {
        String marker = UUID.randomUUID().toString();
        String garbage = "this is not json " + marker;
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), EventType.TASK_ASSIGNED.ceType(),
                "case-service", marker, Instant.now(), null, garbage);
        CaseEventsTopic.publish(marker, event);

        ConsumerRecord<String, String> dead = await().atMost(PATIENCE)
                .until(() -> CaseEventsTopic.deadLetter(garbage), Optional::isPresent).orElseThrow();
        assertThat(CaseEventsTopic.header(dead, "dead-letter-reason")).contains("malformed payload");
        assertThat(CaseEventsTopic.header(dead, "ce_id")).isEqualTo(event.id());
    }

    @Test
    @TestSecurity(user = "cpu.elbasan.newcomer", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Elbasan"))
    void aTaskForSomeoneWithoutAnAddressIsInTheirInboxButNotMailed() {
        TaskAssigned task = CaseEventsTopic.firstContact("cpu.elbasan.newcomer", Priority.ROUTINE,
                Instant.now().plus(Duration.ofHours(72)));
        CaseEventsTopic.publish(task.caseId().toString(), CaseEventsTopic.taskAssignedEvent(task));

        NotificationView notice = await().atMost(PATIENCE).until(() -> inboxEntry(task.taskId()), Optional::isPresent)
                .orElseThrow();
        assertThat(notice.emailStatus()).isEqualTo(Notification.EmailStatus.NO_ADDRESS);
        assertThat(notice.body()).startsWith("Hello,");
    }

    /** The calling user's inbox entry for a task, if it has arrived. */
    private static Optional<NotificationView> inboxEntry(UUID taskId) {
        return InboxJson.notifications(given().queryParam("limit", 500).get("/inbox").then().statusCode(200)
                .extract().response()).stream().filter(n -> taskId.equals(n.taskId())).findFirst();
    }
}
