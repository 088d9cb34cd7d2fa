package al.childprotection.notification.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.Sex;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Push subscriptions of the realm's real ministry client, delivered to a real HTTP endpoint started by the test
 * that holds only the subscription's secret: every delivery verifies, every event arrives once and in order per
 * child even through failures, a failing endpoint is paused and resumed where it stopped, and nothing but the
 * minimum leaves.
 */
@QuarkusTest
class PushFeedTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aReceiverThatFailsAndRecoversGetsEveryEventOnceInOrderAndVerifiesEverySignature() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            receiver.refuseNext(3);
            String id = subscribe(receiver.url(), secret).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/subscriptions/"))
                    .body("status", equalTo("ACTIVE"))
                    .body("eventTypes", equalTo(ChildChain.TYPES))
                    .body("$", not(hasKey("secret")))
                    .extract().path("id");

            ChildChain first = ChildChain.of("Elirë", "Çela", LocalDate.of(2013, 4, 2), Sex.FEMALE, "Tiranë");
            ChildChain second = ChildChain.of("Dea", "Kelmendi", LocalDate.of(2016, 6, 1), Sex.FEMALE, "Durrës");
            publishBoth(first, second);

            for (ChildChain chain : List.of(first, second)) {
                List<WebhookReceiver.Delivery> got = await().atMost(PATIENCE)
                        .until(() -> acceptedOf(receiver, chain), list -> list.size() >= 5);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> acceptedOf(receiver, chain).size() == 5);
                assertThat(got).extracting(d -> d.event().path("type").asText())
                        .containsExactlyInAnyOrderElementsOf(ChildChain.TYPES);
                assertThat(got).extracting(WebhookReceiver.Delivery::webhookId).doesNotHaveDuplicates();
                // once each, in the feed's order: what is pushed is what the pull feed holds, in that order
                assertThat(got).extracting(WebhookReceiver.Delivery::event)
                        .isEqualTo(FeedReader.all(FeedReader.health(), null).ofChain(chain));
            }
            assertThat(childOf(first)).isNotEqualTo(childOf(second));

            List<WebhookReceiver.Delivery> all = receiver.all();
            assertThat(all).allSatisfy(d -> {
                assertThat(d.verified()).as("signature of %s", d.webhookId()).isTrue();
                assertThat(d.contentType()).startsWith("application/cloudevents+json");
            });
            // refused three times, then accepted: the retried event kept its id
            assertThat(all.subList(0, 4)).extracting(WebhookReceiver.Delivery::answeredWith)
                    .containsExactly(503, 503, 503, 204);
            assertThat(all.subList(0, 4)).extracting(WebhookReceiver.Delivery::webhookId).containsOnly(
                    all.get(0).webhookId());
            for (WebhookReceiver.Delivery delivery : all) {
                for (String secretOfTheChild : concat(first.secrets(), second.secrets())) {
                    assertThat(delivery.body()).doesNotContain(secretOfTheChild);
                }
            }
            asHealth().get("/subscriptions/{id}", id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
        }
    }

    @Test
    void anEndpointThatKeepsFailingIsPausedAndResumingDeliversFromWhereItStopped() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            receiver.down();
            String id = subscribe(receiver.url(), secret).then().statusCode(201).extract().path("id");
            ChildChain chain = ChildChain.of("Ana", "Marku", LocalDate.of(2009, 12, 24), Sex.FEMALE, "Tiranë");
            try (EventPublisher publisher = new EventPublisher()) {
                chain.publishIntakeAndReferral(publisher);
                await().atMost(PATIENCE).until(() -> feedOf(chain).size() == 2);
                chain.publishFollowUp(publisher);
            }

            await().atMost(PATIENCE).untilAsserted(() -> asHealth().get("/subscriptions/{id}", id).then()
                    .statusCode(200).body("status", equalTo("PAUSED")).body("consecutiveFailures", equalTo(6))
                    .body("lastError", matchesPattern(
                            "delivery failed at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ: HTTP status 503")));
            int attempts = receiver.all().size();
            assertThat(attempts).isEqualTo(6);
            await().atMost(PATIENCE).until(() -> feedOf(chain).size() == 5);
            // paused: nothing more is tried
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> receiver.all().size() == attempts);

            receiver.up();
            asHealth().post("/subscriptions/{id}/resume", id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
            List<WebhookReceiver.Delivery> got = await().atMost(PATIENCE)
                    .until(() -> acceptedOf(receiver, chain), list -> list.size() >= 5);
            assertThat(got).extracting(WebhookReceiver.Delivery::event)
                    .isEqualTo(FeedReader.all(FeedReader.health(), null).ofChain(chain));
            assertThat(got).extracting(WebhookReceiver.Delivery::webhookId).doesNotHaveDuplicates();
            assertThat(receiver.all()).allMatch(WebhookReceiver.Delivery::verified);
        }
    }

    @Test
    void aSubscriberSeesAndChangesOnlyItsOwnSubscriptions() {
        String secret = WebhookReceiver.newSecret();
        String own = subscribe("http://127.0.0.1:9/own", secret).then().statusCode(201).extract().path("id");
        String others = given().auth().oauth2(TestTokens.ofClient(FeedReader.INTERIOR)).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", "http://127.0.0.1:9/interior/events", "eventTypes",
                        List.of(ChildChain.TYPES.get(0)), "secret", secret))
                .post("/subscriptions").then().statusCode(201).extract().path("id");

        List<Object> listed = LinkedPages.all(PushFeedTests::asHealth, "/subscriptions?limit=2").stream()
                .map(s -> s.get("id")).toList();
        assertThat(listed).contains(own).doesNotContain(others).doesNotHaveDuplicates();
        // another ministry's subscription: refused, and left as it was
        asHealth().get("/subscriptions/{id}", others).then().statusCode(403)
                .contentType("application/problem+json").body("$", not(hasKey("callbackUrl")));
        asHealth().post("/subscriptions/{id}/pause", others).then().statusCode(403);
        asHealth().post("/subscriptions/{id}/resume", others).then().statusCode(403);
        asHealth().delete("/subscriptions/{id}", others).then().statusCode(403);
        given().auth().oauth2(TestTokens.ofClient(FeedReader.INTERIOR)).get("/subscriptions/{id}", others).then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        // one that does not exist
        UUID unknown = UUID.randomUUID();
        asHealth().get("/subscriptions/{id}", unknown).then().statusCode(404).contentType("application/problem+json");
        asHealth().post("/subscriptions/{id}/pause", unknown).then().statusCode(404);
        asHealth().post("/subscriptions/{id}/resume", unknown).then().statusCode(404);
        asHealth().delete("/subscriptions/{id}", unknown).then().statusCode(404);

        asHealth().post("/subscriptions/{id}/pause", own).then().statusCode(200).body("status", equalTo("PAUSED"));
        asHealth().post("/subscriptions/{id}/resume", own).then().statusCode(200).body("status", equalTo("ACTIVE"));
        asHealth().delete("/subscriptions/{id}", own).then().statusCode(204);
        asHealth().get("/subscriptions/{id}", own).then().statusCode(404);
        given().auth().oauth2(TestTokens.ofClient(FeedReader.INTERIOR)).delete("/subscriptions/{id}", others).then()
                .statusCode(204);
    }

    @Test
    void onlyAMinistryClientWithTheFeedScopeSubscribes() {
        Map<String, Object> body = Map.of("callbackUrl", "https://health.example/events", "eventTypes",
                ChildChain.TYPES, "secret", WebhookReceiver.newSecret());
        given().contentType(ContentType.JSON).body(body).post("/subscriptions").then().statusCode(401);
        given().get("/subscriptions").then().statusCode(401);
        for (String user : List.of("sarpc.analyst", "cpu.tirana.worker1", "platform.admin")) {
            given().auth().oauth2(TestTokens.of(user)).contentType(ContentType.JSON).body(body)
                    .post("/subscriptions").then().statusCode(403);
            given().auth().oauth2(TestTokens.of(user)).get("/subscriptions").then().statusCode(403);
            // the role is checked before the body is read: a person learns nothing about what a subscription needs
            given().auth().oauth2(TestTokens.of(user)).contentType(ContentType.JSON).body(Map.of("secret", 7))
                    .post("/subscriptions").then().statusCode(403).contentType("application/problem+json")
                    .body("$", not(hasKey("errors")));
            given().auth().oauth2(TestTokens.of(user)).contentType(ContentType.JSON).body("{\"callbackUrl\": ")
                    .post("/subscriptions").then().statusCode(403);
            given().auth().oauth2(TestTokens.of(user)).get("/subscriptions/{id}", UUID.randomUUID()).then()
                    .statusCode(403);
        }
    }

    @Test
    void aBadSubscriptionIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = asHealth().get("/subscriptions").then().statusCode(200).extract().path("size()");
        String secret = WebhookReceiver.newSecret();

        asHealth().contentType(ContentType.JSON).body(Map.of("eventTypes", ChildChain.TYPES, "secret", secret))
                .post("/subscriptions").then().statusCode(400).body("errors.field", hasItem("callbackUrl"));
        asHealth().contentType(ContentType.JSON).body("{\"callbackUrl\": \"https://x.example\", ")
                .post("/subscriptions").then().statusCode(400);
        asHealth().contentType(ContentType.JSON).body(Map.of("callbackUrl", "https://health.example/events",
                "eventTypes", Map.of("type", ChildChain.TYPES.get(0)), "secret", secret))
                .post("/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("eventTypes"));
        asHealth().contentType(ContentType.JSON).post("/subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("request"));
        asHealth().contentType(ContentType.JSON).body(Map.of("callbackUrl", "https://health.example/events",
                "eventTypes", List.of(ChildChain.TYPES.get(0), "al.childprotection.child.named.v1"), "secret", secret))
                .post("/subscriptions").then().statusCode(422).body("errors.field", hasItem("eventTypes[1]"));
        asHealth().contentType(ContentType.JSON).body(Map.of("callbackUrl", "ftp://health.example/events",
                "eventTypes", ChildChain.TYPES, "secret", secret))
                .post("/subscriptions").then().statusCode(422).body("errors.field", hasItem("callbackUrl"));
        asHealth().contentType(ContentType.JSON).body(Map.of("callbackUrl", "https://health.example/events",
                "eventTypes", ChildChain.TYPES, "secret", "hunter2"))
                .post("/subscriptions").then().statusCode(422).body("errors.field", hasItem("secret"));

        asHealth().get("/subscriptions").then().statusCode(200).body("size()", equalTo(before));
    }

    private static io.restassured.response.Response subscribe(String url, String secret) {
        return asHealth().contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", url, "eventTypes", ChildChain.TYPES, "secret", secret))
                .post("/subscriptions");
    }

    /** Two children at once: their events interleave in the feed. */
    private static void publishBoth(ChildChain first, ChildChain second) {
        try (EventPublisher publisher = new EventPublisher()) {
            first.publishIntakeAndReferral(publisher);
            second.publishIntakeAndReferral(publisher);
            await().atMost(PATIENCE).until(() -> feedOf(first).size() == 2 && feedOf(second).size() == 2);
            first.publishFollowUp(publisher);
            second.publishFollowUp(publisher);
        }
    }

    private static List<JsonNode> feedOf(ChildChain chain) {
        return FeedReader.all(FeedReader.health(), null).ofChain(chain);
    }

    private static String childOf(ChildChain chain) {
        return await().atMost(PATIENCE).until(() -> FeedReader.all(FeedReader.health(), null).childOf(chain),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** The chain's own events among those the receiver accepted, in the order it accepted them. */
    private static List<WebhookReceiver.Delivery> acceptedOf(WebhookReceiver receiver, ChildChain chain) {
        String child = childOf(chain);
        return receiver.accepted().stream().filter(d -> child.equals(d.event().path("subject").asText()))
                .filter(d -> chain.times().contains(Instant.parse(d.event().path("data").path("occurredAt").asText())))
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static RequestSpecification asHealth() {
        return given().auth().oauth2(FeedReader.health());
    }
}
