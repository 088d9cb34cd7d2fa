package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every referral reaches a named person in the right CPU, and follows the child when it moves: with the five
 * packaged services, real tokens, the real broker and database. People are looked up in the directory, as an
 * operator would, not written into the test.
 */
@ExtendWith(PackagedPlatform.class)
class ReferralReachesNamedPeopleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aKamezChildReachesANamedKamezWorkersOwnList() throws Exception {
        try (EventTap cases = EventTap.on("case.events")) {
            String intakeId = intake("police.kamza", "Kamëz", "Kamez-");
            JsonNode assigned = data(cases.await(of(EventType.TASK_ASSIGNED, intakeId), WITHIN));

            assertThat(assigned.path("cpuCode").asText()).isEqualTo("cpu-kamez");
            assertThat(assigned.path("assignedToSupervisor").asBoolean()).isFalse();
            String worker = assigned.path("assignee").asText();
            assertThat(membersOf("cpu-kamez", "WORKER")).contains(worker);

            String taskId = assigned.path("taskId").asText();
            assertThat(Lists.all(worker, url("case-service", "/tasks?limit=20")))
                    .extracting(task -> task.get("id")).contains(taskId);
            await().atMost(WITHIN).until(() -> inboxOf(worker).stream()
                    .anyMatch(notice -> taskId.equals(notice.get("taskId"))));
        }
    }

    @Test
    void aRedirectFromTiranaToDurresMovesTheCaseAndTheTaskToANamedDurresWorker() throws Exception {
        try (EventTap cases = EventTap.on("case.events"); EventTap referrals = EventTap.on("referral.events")) {
            String intakeId = intake("police.tirana", "Tiranë", "Redirect-");
            JsonNode first = data(cases.await(of(EventType.TASK_ASSIGNED, intakeId), WITHIN));
            String referralId = first.path("referralId").asText();
            String oldTask = first.path("taskId").asText();
            String oldCase = first.path("caseId").asText();
            String tiranaSupervisor = membersOf(first.path("cpuCode").asText(), "SUPERVISOR").get(0);

            as(tiranaSupervisor).contentType(ContentType.JSON)
                    .body("{\"cpuCode\": \"cpu-durres\", \"reason\": \"The family moved to Durrës in January\"}")
                    .when().post(url("referral-service", "/referrals/" + referralId + "/redirection"))
                    .then().statusCode(200).body("cpuCode", equalTo("cpu-durres"));

            JsonNode cancelled = data(cases.await(of(EventType.TASK_CANCELLED, intakeId), WITHIN));
            assertThat(cancelled.path("taskId").asText()).isEqualTo(oldTask);
            assertThat(cancelled.path("reason").asText()).isNotBlank();
            JsonNode closed = data(cases.await(of(EventType.CASE_CLOSED, intakeId), WITHIN));
            assertThat(closed.path("caseId").asText()).isEqualTo(oldCase);
            assertThat(closed.path("reason").asText()).isEqualTo("REDIRECTED");
            JsonNode moved = data(cases.await(of(EventType.TASK_ASSIGNED, intakeId)
                    .and(event -> "cpu-durres".equals(data(event).path("cpuCode").asText())), WITHIN));
            String durresWorker = moved.path("assignee").asText();
            assertThat(membersOf("cpu-durres", "WORKER")).contains(durresWorker);
            assertThat(moved.path("caseId").asText()).isNotEqualTo(oldCase);

            // the old CPU sees why its work stopped; the new one has the case, the task and the clock
            as(first.path("assignee").asText()).when().get(url("case-service", "/tasks/" + oldTask))
                    .then().statusCode(200).body("status", equalTo("CANCELLED"));
            as(tiranaSupervisor).when().get(url("case-service", "/cases/" + oldCase))
                    .then().statusCode(200).body("status", equalTo("CLOSED"));
            as(durresWorker).when().get(url("case-service", "/cases/" + moved.path("caseId").asText()))
                    .then().statusCode(200).body("cpuCode", equalTo("cpu-durres"));
            assertThat(Lists.all(durresWorker, url("case-service", "/tasks")))
                    .extracting(task -> task.get("id")).contains(moved.path("taskId").asText());
            String durresSupervisor = membersOf("cpu-durres", "SUPERVISOR").get(0);
            as(durresSupervisor).when().get(url("referral-service", "/referrals/" + referralId))
                    .then().statusCode(200).body("cpuCode", equalTo("cpu-durres"));
            JsonNode redirected = data(referrals.await(of(EventType.REFERRAL_REDIRECTED, intakeId), WITHIN));
            assertThat(redirected.path("acknowledgeBy").isNull()).isFalse();

            // both CPUs hear of it, and both timelines show it
            await().atMost(WITHIN).until(() -> inboxOf(durresSupervisor).stream()
                    .anyMatch(notice -> referralId.equals(notice.get("referralId"))));
            await().atMost(WITHIN).until(() -> inboxOf(tiranaSupervisor).stream()
                    .anyMatch(notice -> referralId.equals(notice.get("referralId"))
                            && notice.get("taskId") == null));
            assertThat(Lists.all(tiranaSupervisor, url("case-service", "/cases/" + oldCase + "/timeline")))
                    .extracting(entry -> String.valueOf(entry.get("kind"))).anyMatch(kind -> kind.contains("REDIRECT"));
            assertThat(Lists.all(durresWorker,
                    url("case-service", "/cases/" + moved.path("caseId").asText() + "/timeline")))
                    .extracting(entry -> String.valueOf(entry.get("kind"))).anyMatch(kind -> kind.contains("REDIRECT"));
        }
    }

    @Test
    void aReferralRevokedByTheStationCancelsItsTasksAndClosesItsCase() throws Exception {
        try (EventTap cases = EventTap.on("case.events")) {
            String intakeId = intake("police.kamza", "Kamëz", "Revoke-");
            JsonNode assigned = data(cases.await(of(EventType.TASK_ASSIGNED, intakeId), WITHIN));

            as("police.kamza").contentType(ContentType.JSON)
                    .body("{\"reason\": \"The child was recorded twice; the other intake stands\"}")
                    .when().post(url("referral-service",
                            "/referrals/" + assigned.path("referralId").asText() + "/revocation"))
                    .then().statusCode(200);

            JsonNode cancelled = data(cases.await(of(EventType.TASK_CANCELLED, intakeId), WITHIN));
            assertThat(cancelled.path("taskId").asText()).isEqualTo(assigned.path("taskId").asText());
            JsonNode closed = data(cases.await(of(EventType.CASE_CLOSED, intakeId), WITHIN));
            assertThat(closed.path("reason").asText()).isEqualTo("REVOKED");
            as(assigned.path("assignee").asText())
                    .when().get(url("case-service", "/tasks/" + assigned.path("taskId").asText()))
                    .then().statusCode(200).body("status", equalTo("CANCELLED"));
        }
    }

    @Test
    void aChildOfACpuWithoutStaffReachesSarpcWithinSeconds() throws Exception {
        try (EventTap cases = EventTap.on("case.events")) {
            long posted = System.nanoTime();
            String intakeId = intake("police.lezhe", "Shkodër", "Nobody-");
            JsonNode unassigned = data(cases.await(of(EventType.TASK_UNASSIGNED, intakeId), WITHIN));
            assertThat(unassigned.path("cpuCode").asText()).isEqualTo("cpu-shkoder");
            String taskId = unassigned.path("taskId").asText();

            await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> inboxOf("sarpc.analyst")
                    .stream().anyMatch(notice -> taskId.equals(notice.get("taskId"))));
            System.out.println("[e2e] intake for a child of a CPU without staff -> notice in SARPC's inbox: "
                    + Duration.ofNanos(System.nanoTime() - posted).toMillis() + " ms");
        }
    }

    @Test
    void aMemberAddedThroughTheDirectoryTakesTheWaitingAndTheNextTaskAndHandsThemBackOnLeaving() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String worker = "cpu.mirdite.worker-" + suffix;
        String supervisor = "cpu.mirdite.supervisor-" + suffix;
        try (EventTap cases = EventTap.on("case.events")) {
            String waiting = intake("police.lezhe", "Mirditë", "Waiting-");
            JsonNode unassigned = data(cases.await(of(EventType.TASK_UNASSIGNED, waiting), WITHIN));
            assertThat(unassigned.path("cpuCode").asText()).isEqualTo("cpu-mirdite");

            addMember("cpu-mirdite", worker, "WORKER");
            JsonNode taken = data(cases.await(of(EventType.TASK_ASSIGNED, waiting), WITHIN));
            assertThat(taken.path("assignee").asText()).isEqualTo(worker);

            String next = intake("police.lezhe", "Mirditë", "Next-");
            JsonNode nextTask = data(cases.await(of(EventType.TASK_ASSIGNED, next), WITHIN));
            assertThat(nextTask.path("assignee").asText()).isEqualTo(worker);

            // the worker leaves: both tasks go back to the supervisor, and each says so
            addMember("cpu-mirdite", supervisor, "SUPERVISOR");
            as("platform.admin").contentType(ContentType.JSON).body("{\"role\": \"WORKER\", \"active\": false}")
                    .when().put(url("referral-service",
                            "/directory/child-protection-units/cpu-mirdite/members/" + worker))
                    .then().statusCode(200);
            Set<String> handedBack = new HashSet<>();
            for (String intake : List.of(waiting, next)) {
                JsonNode back = data(cases.await(of(EventType.TASK_ASSIGNED, intake)
                        .and(event -> supervisor.equals(data(event).path("assignee").asText())), WITHIN));
                assertThat(back.path("assignedToSupervisor").asBoolean()).isTrue();
                handedBack.add(back.path("taskId").asText());
            }
            assertThat(handedBack).containsExactlyInAnyOrder(taken.path("taskId").asText(),
                    nextTask.path("taskId").asText());
        }
    }

    @Test
    void pagingThroughMoreThanAThousandTasksMeetsEachOnceWhileNewOnesArrive() throws Exception {
        int intakes = 1_020;
        String supervisor = membersOf("cpu-vore", "SUPERVISOR").get(0);
        Set<String> expected = new HashSet<>();
        try (EventTap cases = EventTap.on("case.events")) {
            List<String> intakeIds = postMany(intakes, "Paging-");
            Set<String> ofThisRun = new HashSet<>(intakeIds);
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                for (ConsumerRecord<String, String> event : cases.all(Duration.ofMillis(500))) {
                    if (EventType.TASK_ASSIGNED.ceType().equals(EventTap.header(event, "ce_type"))
                            && ofThisRun.contains(EventTap.header(event, "ce_correlationid"))) {
                        expected.add(data(event).path("taskId").asText());
                    }
                }
                return expected.size() >= intakes;
            });
        }

        // page through the supervisor's list, 100 at a time, while more children are referred to the same CPU
        Map<String, Integer> seen = new HashMap<>();
        String next = url("case-service", "/tasks?limit=100");
        int pages = 0;
        ExecutorService arriving = Executors.newSingleThreadExecutor();
        try {
            while (next != null) {
                var page = Lists.page(supervisor, next);
                for (Map<String, Object> task : page.jsonPath().<Map<String, Object>>getList("$")) {
                    seen.merge(String.valueOf(task.get("id")), 1, Integer::sum);
                }
                next = Lists.next(page);
                if (pages++ % 2 == 0) {
                    arriving.submit(() -> postMany(5, "Arriving-"));
                }
            }
        } finally {
            arriving.shutdown();
        }
        assertThat(seen.keySet()).containsAll(expected);
        assertThat(seen.entrySet()).filteredOn(entry -> entry.getValue() > 1).isEmpty();
        System.out.printf("[e2e] paged through %d tasks of cpu-vore in %d pages of 100, %d of them this run's%n",
                seen.size(), pages, expected.size());
    }

    private static List<String> postMany(int count, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> posted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                posted.add(pool.submit(() -> intake("police.kamza", "Vorë", prefix)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : posted) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    private static void addMember(String cpu, String username, String role) {
        as("platform.admin").contentType(ContentType.JSON)
                .body(Map.of("username", username, "role", role, "displayName", username,
                        "language", "sq", "email", username + "@demo.childprotection.al"))
                .when().post(url("referral-service", "/directory/child-protection-units/" + cpu + "/members"))
                .then().statusCode(201);
    }

    /** The usernames of the CPU's active members with {@code role}, from the directory. */
    private static List<String> membersOf(String cpu, String role) {
        return Lists.all("sarpc.analyst", url("referral-service", "/directory/child-protection-units/" + cpu
                + "/members")).stream()
                .filter(member -> String.valueOf(member.get("role")).endsWith(role)
                        && !Boolean.FALSE.equals(member.get("active")))
                .map(member -> String.valueOf(member.get("username"))).sorted().toList();
    }

    private static List<Map<String, Object>> inboxOf(String user) {
        return Lists.page(user, url("notification-service", "/inbox?limit=500")).jsonPath().getList("$");
    }

    private static String intake(String team, String residence, String prefix) {
        return as(team).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Intakes.of("Drita", prefix + UUID.randomUUID().toString().substring(0, 6), residence))
                .when().post(url("police-intake-service", "/intakes"))
                .then().statusCode(201).extract().path("id");
    }

    private static Predicate<ConsumerRecord<String, String>> of(EventType type, String intakeId) {
        return event -> type.ceType().equals(EventTap.header(event, "ce_type"))
                && intakeId.equals(EventTap.header(event, "ce_correlationid"));
    }

    private static JsonNode data(ConsumerRecord<String, String> event) {
        try {
            return JSON.readTree(event.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String service, String path) {
        return PackagedServices.url(service) + path;
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.of(user));
    }
}
