package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Task lists answer one page at a time, in a stable order, with the next page's address in a Link header: a caller
 * who pages through while tasks arrive meets each task that was there exactly once.
 */
@QuarkusTest
@ExtendWith(Staff.class)
class TaskPagingTests {

    private static final String SUPERVISOR = "cpu.lezhe.supervisor";
    private static final String WORKER = "cpu.lezhe.worker";

    @Test
    void pagingThroughMoreThanAPageWhileTasksArriveMeetsEachTaskOnce() {
        Set<String> there = referToLezhe(7);
        Map<String, Integer> seen = new HashMap<>();
        String next = "/tasks?limit=3";
        int pages = 0;
        while (next != null) {
            Response page = as(SUPERVISOR).when().get(next).then().statusCode(200).extract().response();
            List<Map<String, Object>> rows = page.jsonPath().getList("$");
            assertThat(rows.size()).isLessThanOrEqualTo(3);
            rows.forEach(task -> seen.merge((String) task.get("id"), 1, Integer::sum));
            next = LinkedPages.next(page);
            if (pages++ < 3) {
                referToLezhe(1);
            }
        }
        assertThat(pages).isGreaterThan(2);
        assertThat(seen.keySet()).containsAll(there);
        assertThat(seen).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    }

    @Test
    void aWorkerPagesThroughTheirOwnTasksAndTheFiltersNarrowThem() {
        Set<String> referred = referToLezhe(3);
        List<Map<String, Object>> own = LinkedPages.all(() -> as(WORKER), "/tasks?limit=2");
        assertThat(own).extracting(task -> task.get("id")).containsAll(referred);
        assertThat(own).extracting(task -> task.get("assignee")).containsOnly(WORKER);
        assertThat(own).extracting(task -> Instant.parse((String) task.get("createdAt")))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String cancelled = referred.iterator().next();
        as(WORKER).contentType("application/json").body(Map.of("reason", "Recorded twice"))
                .when().post("/tasks/" + cancelled + "/cancellation").then().statusCode(200);
        assertThat(LinkedPages.all(() -> as(WORKER), "/tasks?open=true&limit=2"))
                .extracting(task -> task.get("id")).doesNotContain(cancelled)
                .containsAll(referred.stream().filter(id -> !id.equals(cancelled)).toList());
        assertThat(LinkedPages.all(() -> as(WORKER), "/tasks?status=CANCELLED&status=COMPLETED"))
                .extracting(task -> task.get("id")).contains(cancelled);
        assertThat(LinkedPages.all(() -> as(WORKER), "/tasks/mine?limit=2"))
                .extracting(task -> task.get("id")).doesNotContain(cancelled);
        // first contact is due in days: none is due before now, all before a month from now
        as(WORKER).queryParam("dueBefore", Instant.now().minus(Duration.ofDays(3650)).toString())
                .when().get("/tasks").then().statusCode(200).body("size()", equalTo(0));
        assertThat(LinkedPages.all(() -> as(WORKER), "/tasks?open=true&dueBefore="
                + Instant.now().plus(Duration.ofDays(30)))).extracting(task -> task.get("id"))
                .containsAll(referred.stream().filter(id -> !id.equals(cancelled)).toList());
        as(SUPERVISOR).queryParam("assignee", WORKER).queryParam("limit", 500).when().get("/tasks").then()
                .statusCode(200).body("assignee", everyItem(equalTo(WORKER)));
        as(SUPERVISOR).queryParam("createdFrom", Instant.now().plus(Duration.ofDays(1)).toString())
                .when().get("/tasks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aLastPageHasNoNextLink() {
        referToLezhe(1);
        Response page = as(SUPERVISOR).queryParam("limit", 500).when().get("/tasks").then().statusCode(200)
                .extract().response();
        assertThat(page.header("Link")).isNull();
    }

    @Test
    void aBadCursorLimitOrFilterIsRefusedNamingTheField() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("cursor=not-a-cursor", "cursor");
        bad.put("limit=0", "limit");
        bad.put("limit=501", "limit");
        bad.put("status=DONE", "status");
        bad.put("dueBefore=tomorrow", "dueBefore");
        bad.put("createdFrom=2026-13-01", "createdFrom");
        for (Map.Entry<String, String> query : bad.entrySet()) {
            as(SUPERVISOR).when().get("/tasks?" + query.getKey()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(query.getValue()));
        }
        as(WORKER).when().get("/tasks/mine?cursor=" + "YQ").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void listsAreTheCallersOwnOrTheirMunicipalitysOnly() {
        Set<String> lezhe = referToLezhe(1);
        given().when().get("/tasks").then().statusCode(401);
        given().when().get("/tasks/mine").then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get("/tasks").then().statusCode(403);
            as(user).when().get("/tasks/mine").then().statusCode(403);
        }
        as(WORKER).queryParam("assignee", "cpu.tirana.worker1").when().get("/tasks").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(LinkedPages.all(() -> as("cpu.durres.supervisor"), "/tasks?limit=500"))
                .extracting(task -> task.get("id")).doesNotContainAnyElementsOf(lezhe);
        as("cpu.durres.supervisor").queryParam("assignee", WORKER).when().get("/tasks").then().statusCode(200)
                .body("size()", equalTo(0));
        as("cpu.tirana.worker1").queryParam("limit", 500).when().get("/tasks").then().statusCode(200)
                .body("id", not(hasItem(lezhe.iterator().next()))).body("municipality", not(hasItem("Lezhë")))
                .header("Link", nullValue());
    }

    @Test
    void aTimelinePagesOldestFirstAndMeetsEachEntryOnce() {
        String taskId = referToLezhe(1).iterator().next();
        String caseId = as(SUPERVISOR).when().get("/tasks/" + taskId).then().statusCode(200).extract()
                .path("caseId");
        as(WORKER).contentType("application/json").body(Map.of("reason", "Recorded twice"))
                .when().post("/tasks/" + taskId + "/cancellation").then().statusCode(200);
        String timeline = "/cases/" + caseId + "/timeline";
        List<Map<String, Object>> whole = as(SUPERVISOR).queryParam("limit", 500).when().get(timeline).then()
                .statusCode(200).header("Link", nullValue()).extract().jsonPath().getList("$");
        assertThat(whole).hasSizeGreaterThanOrEqualTo(3);
        Response first = as(SUPERVISOR).queryParam("limit", 1).when().get(timeline).then().statusCode(200)
                .body("size()", equalTo(1)).extract().response();
        assertThat(LinkedPages.next(first)).contains("cursor=").contains("limit=1");
        assertThat(LinkedPages.all(() -> as(SUPERVISOR), timeline + "?limit=1")).isEqualTo(whole);
        assertThat(whole).extracting(entry -> Instant.parse((String) entry.get("at"))).isSorted();
        as(SUPERVISOR).when().get(timeline + "?cursor=YQ").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as(SUPERVISOR).when().get(timeline + "?limit=0").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().when().get(timeline).then().statusCode(401);
        as("police.kamza").when().get(timeline).then().statusCode(403);
        as("cpu.durres.supervisor").when().get(timeline).then().statusCode(403);
    }

    /**
     * Refers {@code count} children to the Lezhë CPU and waits for their first-contact tasks: their ids. (A case's
     * other tasks name its referral too.)
     */
    private static Set<String> referToLezhe(int count) {
        List<ReferralCreated> referrals = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher()) {
            for (int i = 0; i < count; i++) {
                ReferralCreated referral = Referrals.to("cpu-lezhe", "Lezhë", Referrals.aChild(), Priority.NORMAL);
                publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                        referral.intakeId().toString());
                referrals.add(referral);
            }
        }
        Set<String> referralIds = referrals.stream().map(r -> r.referralId().toString()).collect(Collectors.toSet());
        return await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(300))
                .until(() -> LinkedPages.all(() -> as(SUPERVISOR), "/tasks?limit=500").stream()
                        .filter(task -> "FIRST_CONTACT".equals(task.get("kind"))
                                && referralIds.contains(task.get("referralId")))
                        .map(task -> (String) task.get("id")).collect(Collectors.toSet()),
                        ids -> ids.size() == count);
    }
}
