package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.CaseStale;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.PlacementEscalated;
import al.childprotection.contracts.PlacementOverstayed;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskCancelled;
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.notification.domain.Notification.Kind;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who hears what (issue 13): each event of the real broker reaches, in their inboxes (read with their own Keycloak
 * tokens) and by e-mail, exactly the people its rule names, in their language (the demo CPU staff and shelter staff
 * read Albanian, SARPC English); with nobody on record to hear of it, SARPC does.
 */
@QuarkusTest
class WhoHearsWhatTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TIRANA_WORKER = "cpu.tirana.worker1";
    private static final String TIRANA_WORKER2 = "cpu.tirana.worker2";
    private static final String TIRANA_SUPERVISOR = "cpu.tirana.supervisor";
    private static final String DURRES_SUPERVISOR = "cpu.durres.supervisor";
    private static final String SARPC = "sarpc.analyst";
    private static final String SHELTER_STAFF = "shelter.staff";

    @Test
    void aTaskNobodyCanTakeReachesSarpcAndTheCpusSupervisorWithItsTaskId() {
        TaskUnassigned task = new TaskUnassigned(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "cpu-tirane", "Tiranë", "FIRST_CONTACT", Priority.HIGH, true, Instant.parse("2026-12-02T13:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z"), Instant.now());
        publish(EventType.TASK_UNASSIGNED, task.caseId(), task);

        NotificationView atSarpc = awaitOne(SARPC, n -> task.taskId().equals(n.taskId()));
        assertThat(atSarpc.kind()).isEqualTo(Kind.TASK_UNASSIGNED);
        assertThat(atSarpc.title()).isEqualTo("Nobody can take a follow-up task: first contact, cpu-tirane");
        assertThat(atSarpc.body()).startsWith("Hello Ilir Prifti,").contains("Task id: " + task.taskId(),
                "Escalated at: 2026-12-02 11:00 (Europe/Tirane)", "What to do: contact the unit or its municipality");
        NotificationView toSupervisor = awaitOne(TIRANA_SUPERVISOR, n -> task.taskId().equals(n.taskId()));
        assertThat(toSupervisor.title())
                .isEqualTo("Askush nuk mund ta marrë një detyrë ndjekjeje: kontakti i parë, cpu-tirane");
        assertThat(toSupervisor.body()).startsWith("Përshëndetje Mirela Dervishi,")
                .contains("Çfarë duhet bërë: caktojeni detyrën te një punonjës i njësisë");
        assertThat(awaitMail(SARPC, task.taskId()).subject()).isEqualTo(atSarpc.title());
        assertThat(notices(TIRANA_WORKER, n -> task.taskId().equals(n.taskId()))).isEmpty();
    }

    @Test
    void anEscalatedTaskReachesSarpcAndTheCpusSupervisor() {
        TaskEscalated task = new TaskEscalated(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-tirane",
                "Tiranë", "HOME_VISIT", TIRANA_WORKER, Priority.EMERGENCY, TaskEscalated.Reason.OVERDUE,
                EscalationLevel.SARPC, Instant.parse("2026-12-02T13:00:00Z"), Instant.now());
        publish(EventType.TASK_ESCALATED, task.caseId(), task);

        NotificationView atSarpc = awaitOne(SARPC, n -> task.taskId().equals(n.taskId()));
        assertThat(atSarpc.title()).isEqualTo("EMERGENCY - Follow-up task escalated to SARPC: home visit, cpu-tirane");
        assertThat(atSarpc.body()).contains("still not done", "Assigned to: " + TIRANA_WORKER);
        assertThat(awaitOne(TIRANA_SUPERVISOR, n -> task.taskId().equals(n.taskId())).title())
                .isEqualTo("EMERGJENCË - Detyra e ndjekjes iu përcoll SARPC-së: vizita në shtëpi, cpu-tirane");
        assertThat(notices(TIRANA_WORKER, n -> task.taskId().equals(n.taskId()))).isEmpty();
    }

    @Test
    void aCancelledTaskReachesItsAssigneeAndTheCpusSupervisorWithTheReason() {
        TaskCancelled task = new TaskCancelled(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-tirane",
                "Tiranë", "HOME_VISIT", TIRANA_WORKER2, "REDIRECTED", Instant.now());
        publish(EventType.TASK_CANCELLED, task.caseId(), task);

        NotificationView toAssignee = awaitOne(TIRANA_WORKER2, n -> task.taskId().equals(n.taskId()));
        assertThat(toAssignee.kind()).isEqualTo(Kind.TASK_CANCELLED);
        assertThat(toAssignee.title()).isEqualTo("Detyra e ndjekjes u anulua: vizita në shtëpi, cpu-tirane");
        assertThat(toAssignee.body()).contains("Arsyeja: REDIRECTED", "ndaloni punën për detyrën");
        assertThat(awaitOne(TIRANA_SUPERVISOR, n -> task.taskId().equals(n.taskId())).body())
                .contains("kontrolloni që arsyeja");
        assertThat(notices(SARPC, n -> task.taskId().equals(n.taskId()))).isEmpty();
    }

    @Test
    void aStaleCaseReachesTheCpusSupervisor() {
        CaseStale stale = new CaseStale(UUID.randomUUID(), UUID.randomUUID(), "cpu-durres", "Durrës",
                "cpu.durres.worker", Instant.parse("2026-11-10T09:00:00Z"), Instant.now());
        publish(EventType.CASE_STALE, stale.caseId(), stale);

        NotificationView notice = awaitOne(DURRES_SUPERVISOR, n -> stale.caseId().equals(n.caseId()));
        assertThat(notice.kind()).isEqualTo(Kind.CASE_STALE);
        assertThat(notice.title()).isEqualTo("Rast pa aktivitet që nga 2026-11-10: cpu-durres");
        assertThat(notice.body()).contains("Punonjësi: cpu.durres.worker", "ID e rastit: " + stale.caseId());
        assertThat(notices("cpu.durres.worker", n -> stale.caseId().equals(n.caseId()))).isEmpty();
    }

    @Test
    void aRedirectedReferralReachesTheSupervisorsOfBothCpusWithItsReferralAndNoTask() {
        ReferralRedirected redirect = new ReferralRedirected(UUID.randomUUID(), "cpu-tirane", "cpu-durres", "Durrës",
                TIRANA_SUPERVISOR, "the child lives in Durrës", Instant.now().plus(Duration.ofHours(4)),
                Instant.now());
        publish(EventType.REFERRAL_REDIRECTED, redirect.referralId(), redirect);

        NotificationView toOld = awaitOne(TIRANA_SUPERVISOR, n -> redirect.referralId().equals(n.referralId()));
        assertThat(toOld.kind()).isEqualTo(Kind.REFERRAL_REDIRECTED);
        assertThat(toOld.taskId()).isNull();
        assertThat(toOld.title()).isEqualTo("Referimi u ridrejtua: cpu-tirane -> cpu-durres");
        assertThat(toOld.body()).contains("ndalojnë punën për fëmijën", "Arsyeja: the child lives in Durrës");
        NotificationView toNew = awaitOne(DURRES_SUPERVISOR, n -> redirect.referralId().equals(n.referralId()));
        assertThat(toNew.body()).contains("të konfirmohet brenda afatit");
        assertThat(notices(SARPC, n -> redirect.referralId().equals(n.referralId()))).isEmpty();
    }

    @Test
    void aWithdrawnConsentReachesTheReferralsWorkerAndTheCpusSupervisor() {
        TaskAssigned task = TaskAssignedSamples.firstContact(TIRANA_WORKER, Priority.NORMAL,
                Instant.now().plus(Duration.ofDays(1)));
        publish(EventType.TASK_ASSIGNED, task.caseId(), task);
        awaitOne(TIRANA_WORKER, n -> task.taskId().equals(n.taskId()));

        ReferralConsentWithdrawn withdrawal = new ReferralConsentWithdrawn(task.referralId(), "cpu-tirane", "Tiranë",
                "police.tirana", false, null, Instant.now());
        publish(EventType.REFERRAL_CONSENT_WITHDRAWN, withdrawal.referralId(), withdrawal);

        Predicate<NotificationView> withdrawn = n -> n.kind() == Kind.REFERRAL_CONSENT_WITHDRAWN
                && task.referralId().equals(n.referralId());
        assertThat(awaitOne(TIRANA_WORKER, withdrawn).title()).isEqualTo("Pëlqimi u tërhoq, referimi u mbyll: cpu-tirane");
        assertThat(awaitOne(TIRANA_SUPERVISOR, withdrawn).body()).contains("ndaloni punën për rastin");
        assertThat(notices(TIRANA_WORKER2, withdrawn)).isEmpty();
    }

    @Test
    void aPlacementRequestReachesTheShelterStaff() {
        PlacementRequested request = new PlacementRequested(UUID.randomUUID(), "CASE", UUID.randomUUID(),
                UUID.randomUUID(), "cpu-tirane", "Tiranë", "house-of-colors", "EMERGENCY", 1, Instant.now());
        publish(EventType.PLACEMENT_REQUESTED, request.requestId(), request);

        NotificationView notice = awaitOne(SHELTER_STAFF, n -> request.referralId().equals(n.referralId()));
        assertThat(notice.kind()).isEqualTo(Kind.PLACEMENT_REQUESTED);
        assertThat(notice.title()).isEqualTo("Kërkesë e re për vendosje: 1, house-of-colors");
        assertThat(notice.body()).contains("ID e kërkesës: " + request.requestId(), "Hapni kërkesën për vendosje");
        assertThat(notices(TIRANA_SUPERVISOR, n -> request.referralId().equals(n.referralId()))).isEmpty();
    }

    @Test
    void noBedAnywhereReachesTheCpusSupervisorAndSarpc() {
        PlacementEscalated request = new PlacementEscalated(UUID.randomUUID(), "CASE", UUID.randomUUID(),
                UUID.randomUUID(), "cpu-durres", "Durrës", "house-of-colors", "EMERGENCY", 2, Instant.now());
        publish(EventType.PLACEMENT_ESCALATED, request.requestId(), request);

        NotificationView atSarpc = awaitOne(SARPC, n -> request.referralId().equals(n.referralId()));
        assertThat(atSarpc.title()).isEqualTo("No shelter bed for an emergency placement: cpu-durres");
        assertThat(atSarpc.body()).contains("What to do: find a bed in another shelter");
        assertThat(awaitOne(DURRES_SUPERVISOR, n -> request.referralId().equals(n.referralId())).body())
                .contains("mbajeni fëmijën të sigurt");
    }

    @Test
    void aStayPastItsEndReachesTheShelterStaffAndTheCpusSupervisor() {
        PlacementOverstayed stay = new PlacementOverstayed(UUID.randomUUID(), "house-of-colors", UUID.randomUUID(),
                UUID.randomUUID(), "cpu-tirane", "Tiranë", Instant.parse("2026-12-01T09:00:00Z"), Instant.now());
        publish(EventType.PLACEMENT_OVERSTAYED, stay.placementId(), stay);

        NotificationView toShelter = awaitOne(SHELTER_STAFF, n -> stay.caseId().equals(n.caseId()));
        assertThat(toShelter.title()).isEqualTo("Qëndrim në strehë përtej afatit: house-of-colors");
        assertThat(toShelter.body()).contains("Qëndrimi përfundoi: 2026-12-01 10:00 (Europe/Tirane)",
                "kontaktoni sot Njësinë");
        assertThat(awaitOne(TIRANA_SUPERVISOR, n -> stay.caseId().equals(n.caseId())).body())
                .contains("vendosni sot me strehën");
    }

    @Test
    void withNobodyOnRecordToHearOfItSarpcHearsInstead() {
        String cpu = "cpu-test-" + UUID.randomUUID().toString().substring(0, 8);
        CaseStale stale = new CaseStale(UUID.randomUUID(), UUID.randomUUID(), cpu, "Kukës", null,
                Instant.parse("2026-11-10T09:00:00Z"), Instant.now());
        publish(EventType.CASE_STALE, stale.caseId(), stale);

        NotificationView atSarpc = awaitOne(SARPC, n -> stale.caseId().equals(n.caseId()));
        assertThat(atSarpc.kind()).isEqualTo(Kind.CASE_STALE);
        assertThat(atSarpc.body()).contains("Nobody else is on record to hear of it, so it comes to SARPC.",
                "Child Protection Unit: " + cpu + " (Kukës)");
    }

    private static void publish(EventType type, UUID key, Record payload) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(type, key, payload, "intake-" + key);
        }
    }

    private static List<NotificationView> notices(String user, Predicate<NotificationView> which) {
        return InboxJson.notifications(given().auth().oauth2(TestTokens.of(user)).queryParam("limit", 500)
                .get("/inbox").then().statusCode(200).extract().response()).stream().filter(which).toList();
    }

    private static NotificationView awaitOne(String user, Predicate<NotificationView> which) {
        List<NotificationView> found = await().atMost(PATIENCE).until(() -> notices(user, which), n -> !n.isEmpty());
        assertThat(found).as(user).hasSize(1);
        return found.get(0);
    }

    private static Mailbox.Mail awaitMail(String user, UUID id) {
        return await().atMost(PATIENCE).until(() -> Mailbox.of(user + "@demo.childprotection.al").stream()
                .filter(m -> m.text().contains(id.toString())).toList(), found -> !found.isEmpty()).get(0);
    }
}
