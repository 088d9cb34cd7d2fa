package al.childprotection.notification.feed;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.testsupport.TestTokens;

/** Reads the pull feed as a ministry does: page after page, from a cursor. */
final class FeedReader {

    /** The realm's ministry clients (client credentials, scope feed.read); see {@code TestTokens.ofClient}. */
    static final String HEALTH = "ministry-health-feed";
    static final String INTERIOR = "ministry-interior-feed";

    /** A current token of the Ministry of Health's client. */
    static String health() {
        return TestTokens.ofClient(HEALTH);
    }

    /** A current token of the Ministry of the Interior's client. */
    static String interior() {
        return TestTokens.ofClient(INTERIOR);
    }

    private FeedReader() {
    }

    /** Every event after {@code after}, with the raw JSON of each page (for scanning). */
    record Read(List<JsonNode> events, List<String> pages) {

        /** The pseudonymous id of the chain's child, found by the chain's intake instant. */
        Optional<String> childOf(ChildChain chain) {
            return events.stream()
                    .filter(e -> e.path("type").asText().equals(ChildChain.TYPES.get(0)))
                    .filter(e -> java.time.Instant.parse(e.path("data").path("occurredAt").asText())
                            .equals(chain.recordedAt()))
                    .map(e -> e.path("subject").asText()).findFirst();
        }

        /** The chain's own events (see {@link ChildChain#times()}), in feed order; empty while its intake is unknown. */
        List<JsonNode> ofChain(ChildChain chain) {
            return childOf(chain).map(child -> events.stream()
                    .filter(e -> child.equals(e.path("subject").asText()))
                    .filter(e -> chain.times().contains(java.time.Instant.parse(e.path("data").path("occurredAt").asText())))
                    .toList()).orElse(List.of());
        }

        List<JsonNode> ofChild(String childId) {
            return events.stream().filter(e -> childId.equals(e.path("subject").asText())).toList();
        }
    }

    /** Every event after the reader's own cursor {@code after} (null: from the beginning). */
    static Read all(String token, String after) {
        List<JsonNode> events = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = given().auth().oauth2(token).queryParam("limit", 1000);
            if (cursor != null) {
                request = request.queryParam("after", cursor);
            }
            String page = request.get("/feed").then().statusCode(200).extract().asString();
            pages.add(page);
            JsonNode json = read(page);
            json.path("events").forEach(events::add);
            if (json.path("events").isEmpty()) {
                return new Read(events, pages);
            }
            cursor = json.path("next").asText();
        }
    }

    static JsonNode read(String json) {
        try {
            return EventSchemas.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
