package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.StaffRole;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Each recipient reads their notice and its e-mail (real SMTP, GreenMail) in their own language, as the directory
 * says: the Durrës worker in Albanian; a worker in Albanian and their supervisor in English, from the same event. Only a reference and where to look
 * leave by e-mail.
 */
@QuarkusTest
class EmailLanguageTests {

    @Inject
    Pool database;

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ALBANIAN_READER = "cpu.durres.worker";

    @Test
    void anAssignedTaskReachesAnAlbanianReaderInAlbanian() {
        // summer: Tirana is UTC+2
        TaskAssigned task = new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-durres",
                "Durrës", "FIRST_CONTACT", ALBANIAN_READER, false, Priority.EMERGENCY,
                Instant.parse("2026-07-02T08:00:00Z"), Instant.now());
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, "intake-" + task.referralId());
        }

        String title = "EMERGJENCË - Detyrë e re ndjekjeje: kontakti i parë me afat 2026-07-02 10:00 (Europe/Tirane)";
        NotificationView notice = awaitOne(ALBANIAN_READER, task.taskId());
        assertThat(notice.title()).isEqualTo(title);
        assertThat(notice.body()).startsWith("Përshëndetje Gentian Leka,").contains(
                "Ju është caktuar një detyrë ndjekjeje.", "Detyra: kontakti i parë",
                "Njësia për Mbrojtjen e Fëmijëve: cpu-durres (Durrës)", "Afati: 2026-07-02 10:00 (Europe/Tirane)",
                "ID e rastit: " + task.caseId(), "Hapni rastin në platformën e mbrojtjes së fëmijëve")
                .doesNotContain("Hello", "Task:", "Open the case");

        Mailbox.Mail mail = awaitMail(ALBANIAN_READER, task.taskId());
        assertThat(mail.subject()).isEqualTo(title);
        assertThat(mail.text().replace("\r\n", "\n").strip()).isEqualTo(notice.body().strip());
    }

    @Test
    void oneOverdueTaskReachesEachReaderInTheirOwnLanguage() {
        // a CPU of this test only: its worker reads Albanian, its supervisor English; neither has a login, so what
        // they read is checked in their mailboxes
        String cpu = "cpu-test-" + UUID.randomUUID().toString().substring(0, 8);
        DirectoryMemberChanged worker = DemoPeople.member("test.worker-" + cpu, "Arta Leka", StaffRole.CPU_WORKER,
                cpu, "Durrës", null, "sq");
        DirectoryMemberChanged supervisor = DemoPeople.member("test.supervisor-" + cpu, "John Smith",
                StaffRole.CPU_SUPERVISOR, cpu, "Durrës", null, "en");
        DemoPeople.onRecord(database, worker, supervisor);
        TaskOverdue task = new TaskOverdue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), cpu,
                "Durrës", "HOME_VISIT", worker.username(), Priority.NORMAL, Instant.parse("2026-11-28T15:00:00Z"),
                Instant.parse("2026-11-28T15:01:00Z"));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_OVERDUE, task.caseId(), task, "intake-" + task.referralId());
        }

        Mailbox.Mail albanian = awaitMail(worker.username(), task.taskId());
        assertThat(albanian.subject())
                .isEqualTo("Detyrë ndjekjeje me afat të kaluar: vizita në shtëpi, afati ishte 2026-11-28 16:00 (Europe/Tirane)");
        assertThat(albanian.text()).startsWith("Përshëndetje Arta Leka,").contains("e kaloi afatin pa u kryer",
                "Çfarë duhet bërë: kryeni detyrën tani");
        Mailbox.Mail english = awaitMail(supervisor.username(), task.taskId());
        assertThat(english.subject())
                .isEqualTo("Overdue follow-up task: home visit, was due 2026-11-28 16:00 (Europe/Tirane)");
        assertThat(english.text()).startsWith("Hello John Smith,").contains("What to do: check with the assignee");
    }

    private static NotificationView awaitOne(String user, UUID taskId) {
        return await().atMost(PATIENCE).until(() -> InboxJson.notifications(given().auth()
                .oauth2(TestTokens.of(user)).queryParam("limit", 500).get("/inbox").then().statusCode(200).extract()
                .response()).stream().filter(n -> taskId.equals(n.taskId())).toList(), found -> found.size() == 1)
                .get(0);
    }

    private static Mailbox.Mail awaitMail(String user, UUID taskId) {
        List<Mailbox.Mail> mails = await().atMost(PATIENCE).until(() -> Mailbox.of(user + "@demo.childprotection.al")
                .stream().filter(m -> m.text().contains(taskId.toString())).toList(), found -> !found.isEmpty());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
