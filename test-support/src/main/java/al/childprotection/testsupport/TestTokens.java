package al.childprotection.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;

/**
 * Real access tokens from the real Keycloak: the password grant for the demo users of the realm, the client-credentials
 * grant for its machine clients (the ministries' feed clients).
 */
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

    /**
     * An access token of a confidential client of the realm, by the client-credentials grant as a ministry system gets
     * it; cached and refreshed like a user's. The secret is {@code CP_<CLIENT_ID>_SECRET} from the environment
     * ({@code ministry-health-feed}: {@code CP_MINISTRY_HEALTH_FEED_SECRET}), else the realm's demo secret
     * {@code <clientId>-secret}.
     */
    public static String ofClient(String clientId) {
        return CACHE.compute("client " + clientId, (key, cached) -> cached != null
                && Instant.now().plus(MARGIN).isBefore(cached.expiresAt()) ? cached : fetchForClient(clientId)).value();
    }

    private static Token fetch(String username) {
        return fetch(username, "grant_type=password&client_id=platform-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + DEMO_PASSWORD);
    }

    private static Token fetchForClient(String clientId) {
        String secret = TestEnvironment.env("CP_" + clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                + "_SECRET", clientId + "-secret");
        return fetch(clientId, "grant_type=client_credentials&client_id="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    /** {@code who} names the user or client in an error; {@code form} is the token request. */
    private static Token fetch(String who, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.oidcUrl()
                + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = EventSchemas.mapper().readTree(response.body());
            return new Token(body.get("access_token").asText(),
                    asked.plusSeconds(body.path("expires_in").asLong(300)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot get a token for " + who + " from "
                    + TestEnvironment.oidcUrl(), e);
        }
    }
}
