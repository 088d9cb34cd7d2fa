package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static al.childprotection.casework.ChildMatchingTests.referAndAwaitCase;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.Sex;
import al.childprotection.testsupport.LinkedPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The lists of a case (records, plans, ITG meetings) and of child matches answer one page at a time, in their stated
 * order, with the next page's address in a Link header: each row met exactly once, the filters kept from page to
 * page, and a bad cursor, limit or filter refused naming it.
 */
@QuarkusTest
@ExtendWith(Staff.class)
class CaseListPagingTests {

    private static final String WORKER = "cpu.tirana.worker1";
    private static final LocalDate REVIEW = LocalDate.now().plusMonths(3);

    @Test
    void theRecordsOfACasePageOldestFirstAndFilterByKind() {
        String caseId = newCase();
        String records = "/cases/" + caseId + "/records";
        List<String> visits = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visits.add(as(WORKER).contentType("application/json").body(homeVisit()).when()
                    .post(records + "/home-visits").then().statusCode(201).extract().path("id"));
            sessions.add(as(WORKER).contentType("application/json").body(counselling()).when()
                    .post(records + "/counselling-sessions").then().statusCode(201).extract().path("id"));
        }
        Instant afterAll = Instant.now();

        Response first = LinkedPages.page(as(WORKER), records + "?limit=2");
        assertThat(first.jsonPath().getList("id")).containsExactly(visits.get(0), sessions.get(0));
        assertThat(LinkedPages.next(first)).contains("cursor=").contains("limit=2");
        List<Map<String, Object>> all = LinkedPages.all(() -> as(WORKER), records + "?limit=2");
        assertThat(all).extracting(r -> r.get("id")).containsExactly(visits.get(0), sessions.get(0), visits.get(1),
                sessions.get(1), visits.get(2), sessions.get(2));

        assertThat(LinkedPages.all(() -> as("cpu.tirana.supervisor"), records + "?kind=HOME_VISIT&limit=1"))
                .extracting(r -> r.get("id")).containsExactlyElementsOf(visits);
        assertThat(LinkedPages.all(() -> as(WORKER), records + "?kind=HOME_VISIT&kind=COUNSELLING_SESSION&limit=4"))
                .hasSize(6);
        String recordedAt = (String) all.get(2).get("recordedAt");
        assertThat(LinkedPages.all(() -> as(WORKER), records + "?limit=1&recordedFrom=" + recordedAt))
                .extracting(r -> r.get("id")).containsExactly(visits.get(1), sessions.get(1), visits.get(2),
                        sessions.get(2));
        as(WORKER).queryParam("recordedBefore", all.get(0).get("recordedAt").toString()).when().get(records).then()
                .statusCode(200).body("size()", equalTo(0));
        as(WORKER).queryParam("recordedFrom", afterAll.toString()).when().get(records).then().statusCode(200)
                .body("size()", equalTo(0));

        refused(records, "kind", "PHONE_CALL");
        refused(records, "recordedFrom", "yesterday");
        refusesBadCursorsAndLimits(records);
    }

    @Test
    void thePlansOfACasePageByTheirSubmissionAndFilterByStatus() {
        String caseId = newCase();
        List<String> plans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plans.add(as(WORKER).contentType("application/json").body(plan(caseId)).when().post("/plans").then()
                    .statusCode(201).extract().path("id"));
        }
        as("cpu.tirana.supervisor").when().post("/plans/" + plans.get(1) + "/approval").then().statusCode(200);

        String list = "/plans?caseId=" + caseId;
        Response first = LinkedPages.page(as(WORKER), list + "&limit=2");
        assertThat(first.jsonPath().getList("id")).containsExactly(plans.get(0), plans.get(1));
        assertThat(LinkedPages.next(first)).contains("caseId=" + caseId);
        assertThat(LinkedPages.all(() -> as(WORKER), list + "&limit=1")).extracting(p -> p.get("id"))
                .containsExactlyElementsOf(plans);
        assertThat(LinkedPages.all(() -> as(WORKER), list + "&limit=1&status=SUBMITTED"))
                .extracting(p -> p.get("id")).containsExactly(plans.get(0), plans.get(2));
        assertThat(LinkedPages.all(() -> as(WORKER), list + "&status=APPROVED")).extracting(p -> p.get("id"))
                .containsExactly(plans.get(1));

        refused(list, "status", "DRAFT");
        refused(list, "submittedBefore", "2026-13-01T00:00:00Z");
        refusesBadCursorsAndLimits(list);
        given().when().get(list).then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get(list).then().statusCode(403);
        }
        as("cpu.durres.worker").when().get(list + "&limit=1").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theMeetingsOfACasePageEarliestHeldFirst() {
        String caseId = newCase();
        List<String> held = List.of("2026-11-03T09:00:00Z", "2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z",
                "2026-11-02T09:00:00Z");
        Map<String, String> heldAtOf = new HashMap<>();
        for (String at : held) {
            String id = as(WORKER).contentType("application/json").body(meeting(caseId, at)).when()
                    .post("/meetings").then().statusCode(201).extract().path("id");
            heldAtOf.put(id, at);
        }
        String list = "/meetings?caseId=" + caseId;
        List<Map<String, Object>> paged = LinkedPages.all(() -> as(WORKER), list + "&limit=1");
        assertThat(paged).extracting(m -> m.get("id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(heldAtOf.keySet());
        assertThat(paged).extracting(m -> Instant.parse((String) m.get("heldAt"))).isSorted();
        assertThat(LinkedPages.all(() -> as(WORKER), list + "&limit=1&heldFrom=2026-11-02T00:00:00Z"
                + "&heldBefore=2026-11-03T00:00:00Z")).extracting(m -> m.get("heldAt"))
                .containsExactly("2026-11-02T09:00:00Z", "2026-11-02T09:00:00Z");

        refused(list, "heldFrom", "the 2nd");
        refusesBadCursorsAndLimits(list);
        given().when().get(list).then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get(list).then().statusCode(403);
        }
    }

    /** A match decided while the list is paged through leaves it; every other one is still met once. */
    @Test
    void childMatchesPageLongestWaitingFirstEachOnceWhileOneIsDecided() {
        Instant start = Instant.now();
        LocalDate born = LocalDate.of(2006, 1, 1).plusDays(new Random().nextInt(4000));
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
            referAndAwaitCase(new ChildSummary("Xhesika", "Çeliku " + tag, born, null, Sex.FEMALE));
            children.add((String) referAndAwaitCase(new ChildSummary("Jesika", "Cheliku " + tag, born, null,
                    Sex.FEMALE)).get("childId"));
        }
        String since = "/child-matches?proposedFrom=" + start;
        Map<String, String> matchOf = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> matchesOf(children, LinkedPages.all(() -> as(WORKER), since + "&limit=500")),
                        found -> found.size() == children.size());

        Response first = LinkedPages.page(as(WORKER), since + "&limit=2");
        assertThat(LinkedPages.next(first)).contains("proposedFrom=").contains("limit=2");
        String decided = matchOf.get(children.get(3));
        as("cpu.tirana.supervisor").when().post("/child-matches/" + decided + "/rejection").then().statusCode(200);
        List<Map<String, Object>> paged = new ArrayList<>(first.jsonPath().getList("$"));
        paged.addAll(LinkedPages.all(() -> as(WORKER), LinkedPages.next(first)));

        List<Object> ids = paged.stream().map(m -> m.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(children.subList(0, 3).stream().map(matchOf::get)
                .toList());
        assertThat(paged).extracting(m -> Instant.parse((String) m.get("proposedAt"))).isSorted();
        assertThat(LinkedPages.all(() -> as(WORKER), since + "&limit=1")).extracting(m -> m.get("id"))
                .doesNotHaveDuplicates().doesNotContain(decided);
        assertThat(LinkedPages.all(() -> as(WORKER), since + "&limit=1&status=REJECTED"))
                .extracting(m -> m.get("id")).contains(decided);
        as(WORKER).queryParam("proposedBefore", start.toString()).when().get(since).then().statusCode(200)
                .body("size()", equalTo(0));

        refused("/child-matches", "status", "MAYBE");
        refused("/child-matches", "proposedFrom", "last week");
        refusesBadCursorsAndLimits("/child-matches");
    }

    /** The id of the match each child's record was proposed in. */
    private static Map<String, String> matchesOf(List<String> children, List<Map<String, Object>> matches) {
        Map<String, String> found = new HashMap<>();
        for (Map<String, Object> match : matches) {
            String child = (String) ((Map<?, ?>) match.get("child")).get("id");
            if (children.contains(child)) {
                found.put(child, (String) match.get("id"));
            }
        }
        return found;
    }

    private static void refusesBadCursorsAndLimits(String list) {
        refused(list, "cursor", "not-a-cursor");
        refused(list, "cursor", Base64.getUrlEncoder().encodeToString("yesterday\u001fnobody".getBytes()));
        refused(list, "cursor", Base64.getUrlEncoder().encodeToString("2026-11-01T00:00:00Z".getBytes()));
        refused(list, "limit", "0");
        refused(list, "limit", "501");
        refused(list, "limit", "ten");
    }

    private static void refused(String list, String parameter, String value) {
        as(WORKER).queryParam(parameter, value).when().get(list).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    private static String newCase() {
        return (String) referAndAwaitCase(Referrals.aChild()).get("id");
    }

    private static Map<String, Object> homeVisit() {
        return Map.of("visitedAt", "2026-11-20T10:00:00Z", "place", "The family's flat, Kombinat", "peoplePresent",
                List.of("mother"), "childSeen", true, "observations", "The child was calm and talked about school");
    }

    private static Map<String, Object> counselling() {
        return Map.of("heldAt", "2026-11-22T15:00:00Z", "minutes", 45, "counsellor", "Psychologist of the CPU",
                "notes", "A session on school");
    }

    private static Map<String, Object> plan(String caseId) {
        return Map.of("caseId", caseId, "reviewDate", REVIEW.toString(), "items", List.of(Map.of("goal",
                "Back to school", "service", "Re-enrolment and catch-up classes", "responsibleAgency",
                "Shkolla 9-vjeçare Naim Frashëri", "dueDate", REVIEW.minusDays(10).toString())));
    }

    private static Map<String, Object> meeting(String caseId, String heldAt) {
        return Map.of("caseId", caseId, "heldAt", heldAt, "participants",
                List.of(Map.of("agency", "Njësia për Mbrojtjen e Fëmijëve, Tiranë")),
                "decisions", List.of(Map.of("decision", "The group meets again in a month")));
    }
}
