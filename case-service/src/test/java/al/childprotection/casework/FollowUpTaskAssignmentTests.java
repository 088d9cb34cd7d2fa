package al.childprotection.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.StaffRole;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;

/** A referral on the real broker becomes a case and a first-contact task for the right worker. */
@QuarkusTest
@ExtendWith(Staff.class)
class FollowUpTaskAssignmentTests {

    private static final List<String> TIRANA_WORKERS = List.of("cpu.tirana.worker1", "cpu.tirana.worker2");

    @Test
    void theTaskGoesToTheWorkerWithFewestOpenTasksAndIsPublished() {
        Map<String, Long> before = openTasksPerWorker();
        String expected = TIRANA_WORKERS.stream()
                .min(Comparator.comparing((String w) -> before.getOrDefault(w, 0L)).thenComparing(w -> w))
                .orElseThrow();
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);

        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());

            Map<String, Object> task = awaitTask(referral);
            assertThat(task).containsEntry("assignee", expected).containsEntry("status", "OPEN")
                    .containsEntry("kind", "FIRST_CONTACT").containsEntry("assignedToSupervisor", false);
            assertThat(Instant.parse((String) task.get("dueAt")))
                    .isEqualTo(referral.createdAt().plus(Duration.ofHours(72)));

            String caseId = (String) task.get("caseId");
            ConsumerRecord<String, String> assigned = tap.await(EventTap.ofType(EventType.TASK_ASSIGNED.ceType())
                    .and(r -> r.value().contains((String) task.get("id"))), Duration.ofSeconds(15));
            assertThat(assigned.key()).isEqualTo(caseId);
            assertThat(EventTap.header(assigned, "ce_correlationid")).isEqualTo(referral.intakeId().toString());
            assertThat(EventSchemas.violations(EventType.TASK_ASSIGNED.ceType(), assigned.value())).isEmpty();
            assertThat(assigned.value()).doesNotContain(referral.child().familyName());

            ConsumerRecord<String, String> opened = tap.await(EventTap.ofType(EventType.CASE_OPENED.ceType())
                    .and(r -> r.key().equals(caseId)), Duration.ofSeconds(15));
            assertThat(EventSchemas.violations(EventType.CASE_OPENED.ceType(), opened.value())).isEmpty();
        }
    }

    @Test
    void aSecondReferralOfTheSameChildStaysWithTheWorkerOnTheOpenCase() {
        ChildSummary child = Referrals.aChild();
        ReferralCreated first = Referrals.to("cpu-tirane", "Tiranë", child, Priority.NORMAL);
        publish(first);
        Map<String, Object> firstTask = awaitTask(first);

        // the same child, typed without Albanian letters by another station
        ChildSummary retyped = new ChildSummary("Elire", child.familyName().replace("Ç", "C"), child.dateOfBirth(),
                null, child.sex());
        ReferralCreated second = Referrals.to("cpu-tirane", "Tiranë", retyped, Priority.EMERGENCY);
        publish(second);
        Map<String, Object> secondTask = awaitTask(second);

        assertThat(secondTask.get("caseId")).isEqualTo(firstTask.get("caseId"));
        assertThat(secondTask.get("assignee")).isEqualTo(firstTask.get("assignee"));
        assertThat(Instant.parse((String) secondTask.get("dueAt")))
                .isEqualTo(second.createdAt().plus(Duration.ofHours(24)));
    }

    @Test
    @TestSecurity(user = "cpu.vore.supervisor", roles = "cpu-supervisor")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Vorë"))
    void withNoWorkerTheSupervisorGetsTheTask() {
        // a CPU of this test's own: whoever else the shared directory names, it has only its supervisor
        String cpu = Referrals.aCpuOfItsOwn("cpu-vore");
        Staff.publish(Staff.member(cpu + ".supervisor", "Gentian Muça", StaffRole.CPU_SUPERVISOR, cpu, "Vorë"));
        ReferralCreated referral = Referrals.to(cpu, "Vorë", Referrals.aChild(), Priority.NORMAL);
        publish(referral);
        // generous, as awaitTask: the first test of a run waits while the consumer reads what others left
        Map<String, Object> task = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> tasksFor(referral, given()), list -> !list.isEmpty()).get(0);
        assertThat(task).containsEntry("assignee", cpu + ".supervisor").containsEntry("assignedToSupervisor", true);
    }

    @Test
    void aRedeliveredReferralMakesOneTask() {
        ReferralCreated referral = Referrals.to("cpu-durres", "Durrës", Referrals.aChild(), Priority.NORMAL);
        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString(), eventId);
            Map<String, Object> task = await().atMost(Duration.ofSeconds(20))
                    .until(() -> tasksFor(referral, "cpu.durres.supervisor"), list -> !list.isEmpty()).get(0);
            assertThat(task).containsEntry("assignee", "cpu.durres.worker");
            List<ConsumerRecord<String, String>> assigned = tap.all(Duration.ofSeconds(3)).stream()
                    .filter(EventTap.ofType(EventType.TASK_ASSIGNED.ceType()))
                    .filter(r -> r.value().contains(referral.referralId().toString()))
                    .toList();
            assertThat(assigned).hasSize(1);
            assertThat(tasksFor(referral, "cpu.durres.supervisor")).hasSize(1);
        }
    }

    private static void publish(ReferralCreated referral) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
        }
    }

    /**
     * Generous: on a broker shared with other services' tests, the first test of a run waits while the consumer
     * reads what they left on the topic since the last run.
     */
    static Map<String, Object> awaitTask(ReferralCreated referral) {
        return await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> tasksFor(referral, "cpu.tirana.supervisor"), list -> !list.isEmpty())
                .get(0);
    }

    static List<Map<String, Object>> tasksFor(ReferralCreated referral, String supervisor) {
        return tasksFor(referral, given().auth().oauth2(TestTokens.of(supervisor)));
    }

    static List<Map<String, Object>> tasksFor(ReferralCreated referral, RequestSpecification reader) {
        return allTasks(reader).stream()
                .filter(t -> referral.referralId().toString().equals(t.get("referralId")))
                .toList();
    }

    private static List<Map<String, Object>> allTasks(RequestSpecification reader) {
        return reader.queryParam("limit", 500)
                .when().get("/tasks")
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static Map<String, Long> openTasksPerWorker() {
        return allTasks(given().auth().oauth2(TestTokens.of("cpu.tirana.supervisor"))).stream()
                .filter(t -> ("OPEN".equals(t.get("status")) || "IN_PROGRESS".equals(t.get("status")))
                        && t.get("assignee") != null)
                .collect(Collectors.groupingBy(t -> (String) t.get("assignee"), Collectors.counting()));
    }
}
