package al.childprotection.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import io.restassured.http.ContentType;

/**
 * What the ministries' systems get from the packaged platform, with their real tokens (client credentials, scope
 * feed.read): feeds that two ministries cannot line up entry by entry (cursors, ids and child ids of their own,
 * times to the day), only the event types each one may read, and no push to an internal address.
 * <p>
 * The packaged services run with the run profile's configuration: no internal callback is allowed, except the one
 * loopback port the harness allow-lists for the access matrix ({@link PackagedServices#ALLOWED_CALLBACK}), where
 * nothing listens. Every address tried here is refused by checking it; no test connects anywhere but loopback.
 */
@ExtendWith(PackagedPlatform.class)
class MinistryFeedSafeguardsIT {

    private static final String HEALTH = "ministry-health-feed";
    private static final String INTERIOR = "ministry-interior-feed";
    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    @Test
    void twoMinistriesCannotLineUpTheirFeedsAndEachReadsOnlyTheTypesItMay() {
        String intakeId = Tokens.as("police.kamza").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Intakes.of("Feed", "Safeguard-" + UUID.randomUUID().toString().substring(0, 6), "Tirana"))
                .post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");
        assertThat(intakeId).isNotBlank();

        // the referral, its case and the first-contact task reach the health ministry; the intake, the interior
        List<JsonNode> health = await().atMost(Duration.ofSeconds(120)).until(() -> feed(HEALTH),
                events -> types(events).containsAll(Set.of("referral.created", "task.assigned")));
        List<JsonNode> interior = await().atMost(Duration.ofSeconds(120)).until(() -> feed(INTERIOR),
                events -> types(events).containsAll(Set.of("intake.recorded", "referral.created")));

        // each reads only what it may: Health no police intake and no trafficking referral, Interior no casework
        // and no shelter stay
        assertThat(types(health)).doesNotContain("intake.recorded", "intake.corrected", "referral.nrm-referred");
        assertThat(types(interior)).allMatch(type -> type.startsWith("intake.") || type.equals("referral.created")
                || type.equals("referral.nrm-referred") || type.equals("referral.closed"));
        assertThat(types(interior)).doesNotContain("case.opened", "task.assigned", "placement.admitted");

        // the entry both read (the referral) has nothing in common between the two: no cursor, id or child id
        assertThat(column(health, "cursor")).doesNotContainAnyElementsOf(column(interior, "cursor"));
        assertThat(column(health, "id")).doesNotContainAnyElementsOf(column(interior, "id"));
        assertThat(column(health, "subject")).doesNotContainAnyElementsOf(column(interior, "subject"));
        assertThat(column(health, "cursor")).allMatch(cursor -> !cursor.matches("\\d+"));

        // one ministry's cursor is refused to the other, naming the parameter; so is an old numeric cursor
        String healthCursor = health.get(0).path("cursor").asText();
        String interiorCursor = interior.get(0).path("cursor").asText();
        Tokens.as(INTERIOR).queryParam("after", healthCursor).get(feedUrl()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("after"));
        Tokens.as(HEALTH).queryParam("after", interiorCursor).get(feedUrl()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("after"));
        Tokens.as(HEALTH).queryParam("after", 0).get(feedUrl()).then().statusCode(400)
                .body("errors.field", hasItem("after"));
        // its own cursor it may replay from
        Tokens.as(HEALTH).queryParam("after", healthCursor).get(feedUrl()).then().statusCode(200);

        // times to the day in Tirana, no finer
        List<JsonNode> all = new ArrayList<>(health);
        all.addAll(interior);
        for (JsonNode event : all) {
            for (String time : List.of(event.path("time").asText(), event.path("data").path("occurredAt").asText(),
                    event.path("data").path("recordedAt").asText())) {
                ZonedDateTime inTirana = Instant.parse(time).atZone(TIRANA);
                assertThat(inTirana.toLocalTime()).as("%s of %s", time, event.path("type").asText())
                        .isEqualTo(java.time.LocalTime.MIDNIGHT);
            }
        }
    }

    @Test
    void aSubscriptionToAnInternalAddressIsRefusedNamingTheCallback() {
        String subscriptions = PackagedServices.url("notification-service") + "/subscriptions";
        int before = Tokens.as(HEALTH).get(subscriptions).then().statusCode(200).extract().path("size()");
        // refused by checking the address at subscription: nothing is stored, so nothing ever connects to it
        for (String url : List.of("https://127.0.0.1:5432/", "https://localhost:8180/admin/",
                "https://127.0.0.1:18180/admin/", "https://[::1]:8180/", "https://[::ffff:127.0.0.1]:5432/",
                "https://169.254.169.254/latest/meta-data/", "https://10.0.0.1/events",
                "https://192.168.0.1/", "https://ministry.invalid/events")) {
            Tokens.as(HEALTH).contentType(ContentType.JSON).body(subscription(url)).post(subscriptions).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("callbackUrl")));
        }
        Tokens.as(HEALTH).get(subscriptions).then().statusCode(200).body("size()", equalTo(before));

        // the allow-list lets through what it names and nothing more: the same address on the one allowed port
        String allowed = Tokens.as(HEALTH).contentType(ContentType.JSON)
                .body(subscription("https://" + PackagedServices.ALLOWED_CALLBACK + "/events"))
                .post(subscriptions).then().statusCode(201).extract().path("id");
        Tokens.as(HEALTH).delete(subscriptions + "/" + allowed).then().statusCode(204);
    }

    @Test
    void aMinistrySubscribesOnlyToTheTypesItMayRead() {
        Tokens.as(INTERIOR).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", "https://" + PackagedServices.ALLOWED_CALLBACK + "/events",
                        "eventTypes", List.of("al.childprotection.referral.created.v1",
                                "al.childprotection.placement.admitted.v1"),
                        "secret", WebhookSecrets.fresh()))
                .post(PackagedServices.url("notification-service") + "/subscriptions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("eventTypes[1]"));
    }

    private static Map<String, Object> subscription(String url) {
        return Map.of("callbackUrl", url, "eventTypes", List.of("al.childprotection.referral.created.v1"),
                "secret", WebhookSecrets.fresh());
    }

    private static String feedUrl() {
        return PackagedServices.url("notification-service") + "/feed";
    }

    /** Every event the client may read, page after page, from the beginning. */
    private static List<JsonNode> feed(String client) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String after = null;
        while (true) {
            var request = Tokens.as(client).queryParam("limit", 1000);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonNode page = EventSchemas.mapper().readTree(request.get(feedUrl()).then().statusCode(200).extract()
                    .asString());
            if (page.path("events").isEmpty()) {
                return events;
            }
            page.path("events").forEach(events::add);
            after = page.path("next").asText();
        }
    }

    private static Set<String> types(List<JsonNode> events) {
        Set<String> types = new HashSet<>();
        events.forEach(e -> types.add(e.path("data").path("eventType").asText()));
        return types;
    }

    private static List<String> column(List<JsonNode> events, String field) {
        return events.stream().map(e -> e.path(field).asText()).filter(v -> !v.isEmpty()).toList();
    }

    /** A Standard Webhooks secret: whsec_ and the base64 of 32 random bytes. */
    private static final class WebhookSecrets {

        static String fresh() {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            return "whsec_" + java.util.Base64.getEncoder().encodeToString(key);
        }
    }
}
