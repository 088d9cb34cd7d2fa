package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A task.overdue event on the real case.events topic reaches the task's assignee and the supervisors of its CPU,
 * in their inboxes and by real e-mail (GreenMail), once each even when delivered twice; nobody else hears of it.
 */
@QuarkusTest
class TaskOverdueNotificationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String WORKER = "cpu.tirana.worker1";
    private static final String SUPERVISOR = "cpu.tirana.supervisor";

    @Test
    void theAssigneeAndTheSupervisorsHearOfAnOverdueTaskOnceEach() {
        // November: Tirana is UTC+1
        TaskOverdue task = new TaskOverdue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-tirane",
                "Tiranë", "HOME_VISIT", WORKER, Priority.NORMAL, Instant.parse("2026-11-28T15:00:00Z"),
                Instant.parse("2026-11-28T15:01:00Z"));
        try (EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.TASK_OVERDUE, task.caseId(), task, "intake-" + task.referralId());
            publisher.publish(EventType.TASK_OVERDUE, task.caseId(), task, "intake-" + task.referralId(), eventId);
        }

        // the demo CPU staff read Albanian
        String title = "Detyrë ndjekjeje me afat të kaluar: vizita në shtëpi, afati ishte 2026-11-28 16:00 "
                + "(Europe/Tirane)";
        NotificationView toWorker = awaitOne(WORKER, task.taskId());
        assertThat(toWorker.kind()).isEqualTo(Notification.Kind.TASK_OVERDUE);
        assertThat(toWorker.title()).isEqualTo(title);
        assertThat(toWorker.body()).contains("Përshëndetje Blerina Kola,", "që ju është caktuar e kaloi afatin",
                "Detyra: vizita në shtëpi", "Afati ishte: 2026-11-28 16:00 (Europe/Tirane)",
                "ID e rastit: " + task.caseId(), "Hapni rastin në platformën e mbrojtjes së fëmijëve");
        NotificationView toSupervisor = awaitOne(SUPERVISOR, task.taskId());
        assertThat(toSupervisor.body()).contains("Përshëndetje Mirela Dervishi,", "e Njësisë suaj",
                "Caktuar për: " + WORKER, "ia caktoni detyrën dikujt tjetër");

        for (String user : List.of(WORKER, SUPERVISOR)) {
            List<Mailbox.Mail> mails = await().atMost(PATIENCE)
                    .until(() -> mailsMentioning(user, task.taskId()), found -> !found.isEmpty());
            assertThat(mails).extracting(Mailbox.Mail::subject).containsExactly(title);
            assertThat(mails.get(0).text()).contains(task.taskId().toString(), "Hapni rastin");
        }
        // both copies of the event are handled by now (same key, same partition)
        assertThat(notices(WORKER, task.taskId())).hasSize(1);
        for (String nobody : List.of("cpu.tirana.worker2", "cpu.durres.supervisor", "sarpc.analyst")) {
            assertThat(notices(nobody, task.taskId())).as(nobody).isEmpty();
        }
    }

    private static NotificationView awaitOne(String user, UUID taskId) {
        return await().atMost(PATIENCE).until(() -> notices(user, taskId), found -> found.size() == 1).get(0);
    }

    private static List<NotificationView> notices(String user, UUID taskId) {
        return InboxJson.notifications(given().auth().oauth2(TestTokens.of(user)).queryParam("limit", 500)
                .get("/inbox").then().statusCode(200).extract().response()).stream()
                .filter(n -> taskId.equals(n.taskId())).toList();
    }

    private static List<Mailbox.Mail> mailsMentioning(String user, UUID taskId) {
        return Mailbox.of(user + "@demo.childprotection.al").stream()
                .filter(m -> m.text().contains(taskId.toString())).toList();
    }
}
