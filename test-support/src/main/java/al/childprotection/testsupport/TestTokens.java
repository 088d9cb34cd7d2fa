package al.childprotection.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;

/** Real access tokens from the real Keycloak: the password grant for the demo users of the realm. */
public final class TestTokens {

    public static final String DEMO_PASSWORD = "demo";
    /** A token this close to its expiry is fetched anew, so that a request never carries an expired one. */
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestTokens() {
    }

    private record Token(String value, Instant expiresAt) {
    }

    /**
     * An access token for a demo user, fetched once and again shortly before it expires: the realm's access tokens
     * live five minutes, less than a test run.
     */
    public static String of(String username) {
        return CACHE.compute(username, (name, cached) -> cached != null
                && Instant.now().plus(MARGIN).isBefore(cached.expiresAt()) ? cached : fetch(name)).value();
    }

    private static Token fetch(String username) {
        String form = "grant_type=password&client_id=platform-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + DEMO_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.oidcUrl()
                + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = EventSchemas.mapper().readTree(response.body());
            return new Token(body.get("access_token").asText(),
                    asked.plusSeconds(body.path("expires_in").asLong(300)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot get a token for " + username + " from "
                    + TestEnvironment.oidcUrl(), e);
        }
    }
}
