package al.childprotection.notification.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.testsupport.TestEnvironment;

/** A real token of the realm's ministry client, by the client-credentials grant, as a ministry system gets it. */
final class MinistryTokens {

    static final String CLIENT_ID = TestEnvironment.env("CP_FEED_CLIENT_ID", "ministry-health-feed");
    private static final String SECRET = TestEnvironment.env("CP_FEED_CLIENT_SECRET", "ministry-health-feed-secret");
    private static String token;

    private MinistryTokens() {
    }

    static synchronized String health() {
        if (token == null) {
            token = fetch();
        }
        return token;
    }

    private static String fetch() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.oidcUrl()
                + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + CLIENT_ID + ": "
                        + response.statusCode() + " " + response.body());
            }
            return EventSchemas.mapper().readTree(response.body()).get("access_token").asText();
        } catch (Exception e) {
            throw new IllegalStateException("cannot get a token for " + CLIENT_ID, e);
        }
    }
}
