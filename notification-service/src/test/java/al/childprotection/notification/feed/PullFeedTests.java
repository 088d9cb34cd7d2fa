package al.childprotection.notification.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementCapacityChanged;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.contracts.Sex;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pull feed, read with the realm's real ministry client (client credentials, scope feed.read): events from the
 * real topics, reduced to a pseudonymous child, an age band, a sex, a municipality, a type and times; replayable
 * from any cursor; different ids for each subscriber; closed to everybody else.
 */
@QuarkusTest
class PullFeedTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aChildsWayThroughThePlatformIsInTheFeedInOrderAndMinimised() {
        ChildChain chain = ChildChain.of("Elirë", "Çela", LocalDate.of(2013, 4, 2), Sex.FEMALE, "Tiranë");
        List<JsonNode> events = publishAndRead(chain);

        // the feed's order is the order the service learned of them: each topic's order is kept, and the
        // follow-up was published once the intake and referral were in the feed
        List<String> types = events.stream().map(e -> e.path("type").asText()).toList();
        assertThat(types.subList(0, 2)).containsExactlyInAnyOrderElementsOf(ChildChain.TYPES.subList(0, 2));
        assertThat(types.subList(2, 5)).containsExactlyInAnyOrderElementsOf(ChildChain.TYPES.subList(2, 5));
        assertThat(types.indexOf(ChildChain.TYPES.get(3))).isLessThan(types.indexOf(ChildChain.TYPES.get(4)));
        assertThat(events).extracting(e -> e.path("data").path("eventType").asText()).containsExactlyInAnyOrder(
                "intake.recorded", "referral.created", "referral.acknowledged", "case.opened", "task.assigned");
        String childId = events.get(0).path("subject").asText();
        assertThat(childId).hasSize(32);
        for (JsonNode event : events) {
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("source").asText()).isEqualTo(FeedEvent.SOURCE);
            assertThat(event.path("data").path("child").path("id").asText()).isEqualTo(childId);
            assertThat(event.path("data").path("child").path("ageBand").asText()).isEqualTo("10-14");
            assertThat(event.path("data").path("child").path("sex").asText()).isEqualTo("FEMALE");
            assertThat(event.path("data").path("municipality").asText()).isEqualTo("Tiranë");
            assertThat(event.path("time").asText()).isEqualTo(event.path("data").path("occurredAt").asText());
        }
        assertThat(events).extracting(e -> e.path("cursor").asText()).doesNotHaveDuplicates()
                .allSatisfy(cursor -> assertThat(cursor).matches("[A-Za-z0-9_-]{48}"));
    }

    @Test
    void nothingButTheMinimumLeaves() {
        ChildChain chain = ChildChain.of("Arbër", "Dushku", LocalDate.of(2019, 1, 30), Sex.MALE, "Durrës");
        List<JsonNode> events = publishAndRead(chain);
        FeedReader.Read read = FeedReader.all(FeedReader.health(), null);

        // only these fields, whatever the event carried (names, date of birth, guardian, ids, reasons)
        for (JsonNode event : events) {
            assertThat(fields(event)).isSubsetOf("specversion", "id", "source", "type", "subject", "time",
                    "datacontenttype", "cursor", "data");
            assertThat(fields(event.path("data"))).isSubsetOf("eventType", "child", "municipality", "occurredAt",
                    "recordedAt");
            assertThat(fields(event.path("data").path("child"))).containsExactlyInAnyOrder("id", "ageBand", "sex");
            assertThat(event.path("data").path("child").path("ageBand").asText()).isEqualTo("5-9");
        }
        for (String page : read.pages()) {
            for (String secret : chain.secrets()) {
                assertThat(page).doesNotContain(secret);
            }
        }
    }

    @Test
    void theFeedReplaysFromAnyCursor() {
        ChildChain chain = ChildChain.of("Sara", "Leka", LocalDate.of(2010, 9, 9), Sex.FEMALE, "Tiranë");
        List<JsonNode> events = publishAndRead(chain);

        String firstCursor = events.get(0).path("cursor").asText();
        String secondCursor = events.get(1).path("cursor").asText();
        FeedReader.Read replay = FeedReader.all(FeedReader.health(), secondCursor);
        String child = events.get(0).path("subject").asText();
        assertThat(replay.ofChild(child).stream()
                .filter(e -> chain.times().contains(Instant.parse(e.path("data").path("occurredAt").asText()))))
                .isEqualTo(events.subList(2, 5));

        // the same entry has the same cursor each time it is read: the next page starts right after it
        JsonNode afterFirst = FeedReader.read(given().auth().oauth2(FeedReader.health())
                .queryParam("after", firstCursor).queryParam("limit", 1000).get("/feed").then().statusCode(200)
                .extract().asString());
        List<String> cursors = new ArrayList<>();
        afterFirst.path("events").forEach(e -> cursors.add(e.path("cursor").asText()));
        assertThat(cursors).contains(secondCursor).doesNotContain(firstCursor);
    }

    @Test
    void aFullPageLinksTheNextAndTheLastPageDoesNot() {
        publishAndRead(ChildChain.of("Dea", "Kola", LocalDate.of(2014, 6, 6), Sex.FEMALE, "Tiranë"));
        var full = given().auth().oauth2(FeedReader.health()).queryParam("limit", 2).get("/feed").then()
                .statusCode(200).extract();
        String next = FeedReader.read(full.asString()).path("next").asText();
        assertThat(full.header("Link")).isEqualTo("<" + LinkedPages.next(full.response()) + ">; rel=\"next\"")
                .contains("after=" + next).contains("limit=2");

        List<JsonNode> all = FeedReader.all(FeedReader.health(), null).events();
        String last = all.get(all.size() - 1).path("cursor").asText();
        given().auth().oauth2(FeedReader.health()).queryParam("after", last).queryParam("limit", 2).get("/feed")
                .then().statusCode(200).header("Link", org.hamcrest.Matchers.nullValue());
    }

    /**
     * Two ministries cannot line their feeds up: each has its own child ids, event ids and cursors, and reads only
     * the event types configured for it; a cursor of one is refused to the other, naming the parameter.
     */
    @Test
    void twoSubscribersGetDifferentIdsAndCursorsForTheSameChildAndOnlyTheirOwnTypes() {
        ChildChain chain = ChildChain.of("Noel", "Basha", LocalDate.of(2012, 2, 14), Sex.MALE, "Tiranë");
        List<JsonNode> health = publishAndRead(chain);

        // the interior ministry reads intakes and the referrals they became, not the casework that follows
        List<JsonNode> interior = await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.interior(), null)
                .events().stream()
                .filter(e -> chain.times().contains(Instant.parse(e.path("data").path("occurredAt").asText())))
                .filter(e -> e.path("data").path("municipality").asText().equals("Tiranë"))
                .filter(e -> e.path("data").path("child").path("ageBand").asText().equals("10-14"))
                .toList(), events -> events.size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> FeedReader
                .all(FeedReader.interior(), null).events().stream()
                .filter(e -> chain.times().contains(Instant.parse(e.path("data").path("occurredAt").asText())))
                .filter(e -> e.path("subject").asText().equals(interior.get(0).path("subject").asText()))
                .count() == 2);
        assertThat(interior).extracting(e -> e.path("type").asText())
                .containsExactlyInAnyOrder(EventType.INTAKE_RECORDED.ceType(), EventType.REFERRAL_CREATED.ceType());
        assertThat(interior).extracting(e -> e.path("subject").asText()).containsOnly(
                interior.get(0).path("subject").asText());
        assertThat(interior.get(0).path("subject").asText()).isNotEqualTo(health.get(0).path("subject").asText());

        List<String> healthIds = health.stream().map(e -> e.path("id").asText()).toList();
        List<String> healthCursors = health.stream().map(e -> e.path("cursor").asText()).toList();
        for (JsonNode event : interior) {
            assertThat(healthIds).doesNotContain(event.path("id").asText());
            assertThat(healthCursors).doesNotContain(event.path("cursor").asText());
        }
        // one ministry's cursor means nothing to the other
        given().auth().oauth2(FeedReader.interior()).queryParam("after", healthCursors.get(0)).get("/feed").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("after"));
        given().auth().oauth2(FeedReader.health()).queryParam("after", interior.get(0).path("cursor").asText())
                .get("/feed").then().statusCode(400).body("errors.field", hasItem("after"));
    }

    @Test
    void theShelterStayOfAChildJoinsTheirChainAndCapacityIsAboutNoChild() {
        ChildChain chain = ChildChain.of("Lira", "Hasani", LocalDate.of(2011, 3, 3), Sex.FEMALE, "Tiranë");
        List<JsonNode> before = publishAndRead(chain);
        String child = before.get(0).path("subject").asText();
        UUID requestId = UUID.randomUUID();
        UUID placementId = UUID.randomUUID();
        Instant at = chain.recordedAt().plus(Duration.ofHours(1));
        Instant capacityAt = at.plusMillis(ThreadLocalRandom.current().nextInt(1, 100_000));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.PLACEMENT_REQUESTED, requestId, new PlacementRequested(requestId, "CASE",
                    chain.referralId(), chain.caseId(), "cpu-tirane", "Tiranë", "house-of-colors", "CHILD_ALONE", 1,
                    at), chain.correlationId());
            publisher.publish(EventType.PLACEMENT_ADMITTED, placementId, new PlacementAdmitted(placementId, requestId,
                    null, null, "house-of-colors", "Tiranë", "CHILD_ALONE", 1, at.plusSeconds(60),
                    at.plus(Duration.ofHours(72))), chain.correlationId());
            publisher.publish(EventType.PLACEMENT_DISCHARGED, placementId, new PlacementDischarged(placementId, null,
                    null, "house-of-colors", "Tiranë", "FAMILY_REUNIFICATION", at.plus(Duration.ofHours(70))),
                    chain.correlationId());
            publisher.publish(EventType.PLACEMENT_CAPACITY_CHANGED, UUID.randomUUID(), new PlacementCapacityChanged(
                    "house-of-colors", "CHILD_ALONE", 12, 5, 7, capacityAt), "capacity-" + requestId);
        }

        List<JsonNode> stay = await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), null)
                .ofChild(child).stream().filter(e -> e.path("type").asText().startsWith("al.childprotection.placement"))
                .toList(), events -> events.size() == 3);
        assertThat(stay).extracting(e -> e.path("data").path("eventType").asText())
                .containsExactly("placement.requested", "placement.admitted", "placement.discharged");
        assertThat(stay).allSatisfy(e -> assertThat(e.path("data").path("child").path("ageBand").asText())
                .isEqualTo("15-17"));

        JsonNode capacity = await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), null).events()
                .stream().filter(e -> e.path("data").path("eventType").asText().equals("placement.capacity-changed"))
                .filter(e -> Instant.parse(e.path("time").asText()).equals(capacityAt)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(capacity.has("subject")).isFalse();
        assertThat(capacity.path("data").has("child")).isFalse();
    }

    @Test
    void onlyAMinistryClientWithTheFeedScopeReadsTheFeed() {
        given().get("/feed").then().statusCode(401)
                .contentType("application/problem+json");
        for (String user : List.of("sarpc.analyst", "cpu.tirana.supervisor", "platform.admin")) {
            given().auth().oauth2(TestTokens.of(user)).get("/feed").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(FeedReader.health()).get("/feed").then().statusCode(200);
    }

    @Test
    void aBadCursorOrLimitIsRefusedNamingIt() {
        given().auth().oauth2(FeedReader.health()).queryParam("limit", 0).get("/feed").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().auth().oauth2(FeedReader.health()).queryParam("after", -1).get("/feed").then().statusCode(400)
                .body("errors.field", hasItem("after"));
        given().auth().oauth2(FeedReader.health()).queryParam("limit", 1001).get("/feed").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        // not a cursor at all: the same 400, not the 404 of JAX-RS
        given().auth().oauth2(FeedReader.health()).queryParam("after", "last").get("/feed").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("after"));
        // the old numeric cursors are no cursors any more
        given().auth().oauth2(FeedReader.health()).queryParam("after", 0).get("/feed").then().statusCode(400)
                .body("errors.field", hasItem("after"));
        // a real cursor with one character changed
        String cursor = given().auth().oauth2(FeedReader.health()).get("/feed").then().statusCode(200)
                .extract().path("next");
        char last = cursor.charAt(cursor.length() - 2);
        String tampered = cursor.substring(0, cursor.length() - 2) + (last == 'A' ? 'B' : 'A')
                + cursor.charAt(cursor.length() - 1);
        given().auth().oauth2(FeedReader.health()).queryParam("after", tampered).get("/feed").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("after"));
        given().auth().oauth2(FeedReader.health()).queryParam("after", cursor).get("/feed").then().statusCode(200);
    }

    /** Publishes the chain as the services would and waits until its five events are in the feed. */
    static List<JsonNode> publishAndRead(ChildChain chain) {
        try (EventPublisher publisher = new EventPublisher()) {
            chain.publishIntakeAndReferral(publisher);
            // case-service opens the case once it has read the referral; so does the feed learn of them
            await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), null).ofChain(chain).size() == 2);
            chain.publishFollowUp(publisher);
        }
        return await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), null).ofChain(chain),
                events -> events.size() == 5);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
