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

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementCapacityChanged;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.contracts.Sex;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.notification.rest.FeedPage;
import al.childprotection.notification.service.FeedService;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The pull feed, read with the realm's real ministry client (client credentials, scope feed.read): events from the
 * real topics, reduced to a pseudonymous child, an age band, a sex, a municipality, a type and times; replayable
 * from any cursor; different ids for each subscriber; closed to everybody else.
 */
@QuarkusTest
class PullFeedTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    FeedService feed;

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
        assertThat(events).extracting(e -> e.path("cursor").asLong()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void nothingButTheMinimumLeaves() {
        ChildChain chain = ChildChain.of("Arbër", "Dushku", LocalDate.of(2019, 1, 30), Sex.MALE, "Durrës");
        List<JsonNode> events = publishAndRead(chain);
        FeedReader.Read read = FeedReader.all(FeedReader.health(), 0);

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

        long secondCursor = events.get(1).path("cursor").asLong();
        FeedReader.Read replay = FeedReader.all(FeedReader.health(), secondCursor);
        String child = events.get(0).path("subject").asText();
        assertThat(replay.ofChild(child).stream()
                .filter(e -> chain.times().contains(Instant.parse(e.path("data").path("occurredAt").asText()))))
                .isEqualTo(events.subList(2, 5));

        given().auth().oauth2(FeedReader.health()).queryParam("after", secondCursor - 1).queryParam("limit", 1)
                .get("/feed").then().statusCode(200)
                .body("events.cursor", equalTo(List.of((int) secondCursor)))
                .body("next", equalTo((int) secondCursor));
    }

    @Test
    void twoSubscribersGetDifferentIdsForTheSameChild() throws Throwable {
        ChildChain chain = ChildChain.of("Noel", "Basha", LocalDate.of(2012, 2, 14), Sex.MALE, "Tiranë");
        List<JsonNode> health = publishAndRead(chain);
        long before = health.get(0).path("cursor").asLong() - 1;

        // a second ministry system, as the service sees it: another client id
        List<FeedEvent> interior = interiorRead(before);
        List<FeedEvent> again = interiorRead(before);
        assertThat(again).isEqualTo(interior);

        List<FeedEvent> interiorChain = new ArrayList<>();
        for (JsonNode event : health) {
            interiorChain.add(interior.stream().filter(e -> e.cursor() == event.path("cursor").asLong())
                    .findFirst().orElseThrow());
        }
        assertThat(interiorChain).extracting(FeedEvent::subject).containsOnly(interiorChain.get(0).subject());
        assertThat(interiorChain.get(0).subject()).isNotEqualTo(health.get(0).path("subject").asText());
        for (int i = 0; i < health.size(); i++) {
            assertThat(interiorChain.get(i).id()).isNotEqualTo(health.get(i).path("id").asText());
            assertThat(interiorChain.get(i).type()).isEqualTo(health.get(i).path("type").asText());
            assertThat(interiorChain.get(i).data().child().ageBand())
                    .isEqualTo(health.get(i).path("data").path("child").path("ageBand").asText());
        }
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

        List<JsonNode> stay = await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), 0)
                .ofChild(child).stream().filter(e -> e.path("type").asText().startsWith("al.childprotection.placement"))
                .toList(), events -> events.size() == 3);
        assertThat(stay).extracting(e -> e.path("data").path("eventType").asText())
                .containsExactly("placement.requested", "placement.admitted", "placement.discharged");
        assertThat(stay).allSatisfy(e -> assertThat(e.path("data").path("child").path("ageBand").asText())
                .isEqualTo("15-17"));

        JsonNode capacity = await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), 0).events()
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
        // not a number at all: the same 400, not the 404 of JAX-RS
        given().auth().oauth2(FeedReader.health()).queryParam("after", "last").get("/feed").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("after"));
    }

    /** Publishes the chain as the services would and waits until its five events are in the feed. */
    static List<JsonNode> publishAndRead(ChildChain chain) {
        try (EventPublisher publisher = new EventPublisher()) {
            chain.publishIntakeAndReferral(publisher);
            // case-service opens the case once it has read the referral; so does the feed learn of them
            await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), 0).ofChain(chain).size() == 2);
            chain.publishFollowUp(publisher);
        }
        return await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), 0).ofChain(chain),
                events -> events.size() == 5);
    }

    private List<FeedEvent> interiorRead(long after) throws Throwable {
        FeedPage page = VertxContextSupport.subscribeAndAwait(() -> feed.page(FeedReader.INTERIOR, after, 1000));
        return page.events();
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
