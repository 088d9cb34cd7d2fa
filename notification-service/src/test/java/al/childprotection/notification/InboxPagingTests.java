package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The inbox and the subscriptions page with the kit's cursor and an RFC 8288 Link header: a client that follows
 * rel="next" meets every notice once, newest first, within the filters it asked for; a cursor or a limit the list did
 * not give is a 400 naming the parameter.
 */
@QuarkusTest
class InboxPagingTests {

    private static final String WORKER = "cpu.tirana.worker2";

    @Test
    void followingTheLinkMeetsEveryNoticeOnceNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        List<TaskAssigned> tasks = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher()) {
            UUID caseId = UUID.randomUUID();
            for (int i = 0; i < 7; i++) {
                TaskAssigned task = new TaskAssigned(UUID.randomUUID(), caseId, UUID.randomUUID(), "cpu-tirane",
                        "Tiranë", "HOME_VISIT", WORKER, false, Priority.NORMAL, Instant.now().plus(Duration.ofDays(2)),
                        Instant.now());
                tasks.add(task);
                publisher.publish(EventType.TASK_ASSIGNED, caseId, task, "intake-" + task.referralId());
            }
        }
        List<Object> published = tasks.stream().map(t -> (Object) t.taskId().toString()).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> taskIds(LinkedPages.all(InboxPagingTests::pagingAsWorker,
                "/inbox?limit=500&from=" + before)).containsAll(published));

        Response first = asWorker().queryParam("limit", 3).queryParam("from", before.toString()).get("/inbox")
                .then().statusCode(200).extract().response();
        assertThat(first.jsonPath().getList("$")).hasSize(3);
        assertThat(LinkedPages.next(first)).contains("cursor=").contains("limit=3").contains("from=");

        List<Map<String, Object>> all = LinkedPages.all(InboxPagingTests::pagingAsWorker, "/inbox?limit=3&from=" + before);
        assertThat(all).extracting(n -> n.get("id")).doesNotHaveDuplicates();
        // one case's tasks, published in order on one partition: the newest first
        List<Object> ours = taskIds(all).stream().filter(published::contains).toList();
        List<Object> newestFirst = new ArrayList<>(published);
        Collections.reverse(newestFirst);
        assertThat(ours).containsExactlyElementsOf(newestFirst);
        assertThat(all).extracting(n -> Instant.parse((String) n.get("createdAt")))
                .allMatch(at -> !at.isBefore(before)).isSortedAccordingTo((a, b) -> b.compareTo(a));

        // the range's end leaves out what arrived after it
        String to = (String) all.get(all.size() - 1).get("createdAt");
        assertThat(LinkedPages.all(InboxPagingTests::pagingAsWorker, "/inbox?limit=2&from=" + before + "&to=" + to))
                .isEmpty();
    }

    @Test
    void aCursorALimitOrADateTheListDidNotGiveIsABadRequestNamingIt() {
        asWorker().queryParam("cursor", "not-a-cursor").get("/inbox").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        asWorker().queryParam("limit", 501).get("/inbox").then().statusCode(400).body("errors.field", hasItem("limit"));
        asWorker().queryParam("limit", 0).get("/inbox").then().statusCode(400).body("errors.field", hasItem("limit"));
        asWorker().queryParam("from", "yesterday").get("/inbox").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        asWorker().queryParam("limit", 500).get("/inbox").then().statusCode(200);

        RequestSpecification feed = given().auth().oauth2(TestTokens.ofClient("ministry-health-feed"));
        feed.queryParam("cursor", "bm90IGEgY3Vyc29y").get("/subscriptions").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().auth().oauth2(TestTokens.ofClient("ministry-health-feed")).queryParam("limit", 501)
                .get("/subscriptions").then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    private static List<Object> taskIds(List<Map<String, Object>> notices) {
        return notices.stream().map(n -> n.get("taskId")).filter(id -> id != null).toList();
    }

    /** The Link header's address is sent as the server wrote it, already encoded. */
    private static RequestSpecification pagingAsWorker() {
        return asWorker().urlEncodingEnabled(false);
    }

    private static RequestSpecification asWorker() {
        return given().auth().oauth2(TestTokens.of(WORKER));
    }
}
