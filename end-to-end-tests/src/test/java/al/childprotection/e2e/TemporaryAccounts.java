package al.childprotection.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.testsupport.TestEnvironment;
import al.childprotection.testsupport.TestTokens;

/**
 * Users and clients that the demo realm does not have, added to the test Keycloak through its admin API for one
 * test run and removed again: a staff member of another shelter, a client whose tokens expire in seconds. Also the
 * master realm's own admin token, which is a real token from another realm.
 */
final class TemporaryAccounts implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String realm = TestEnvironment.env("CP_KEYCLOAK_REALM", "child-protection");
    private final List<String> created = new ArrayList<>();

    /** A real access token of the Keycloak {@code master} realm (its admin, through {@code admin-cli}). */
    static String masterRealmToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + encode(TestEnvironment.env("CP_KEYCLOAK_ADMIN", "admin")) + "&password="
                + encode(TestEnvironment.env("CP_KEYCLOAK_ADMIN_PASSWORD", "admin"));
        return json(send(HttpRequest.newBuilder(URI.create(keycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200)).path("access_token").asText();
    }

    /** A user of the realm with one role and the given attributes; password {@link TestTokens#DEMO_PASSWORD}. */
    String user(String role, Map<String, String> attributes) {
        String username = "e2e." + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder claims = new StringBuilder();
        attributes.forEach((name, value) -> claims.append(claims.isEmpty() ? "" : ",")
                .append('"').append(name).append("\":[\"").append(value).append("\"]"));
        String location = create("/users", """
                {"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Test", "lastName": "Account",
                 "email": "%s@demo.childprotection.al", "attributes": {%s},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(username, username, claims, TestTokens.DEMO_PASSWORD));
        String userId = location.substring(location.lastIndexOf('/') + 1);
        String roleJson = send(admin("/roles/" + encode(role)).GET(), 200);
        send(admin("/users/" + userId + "/role-mappings/realm").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + roleJson + "]")), 204);
        return username;
    }

    /** A public password-grant client like platform-cli whose access tokens live {@code seconds}. */
    String shortLivedClient(int seconds) {
        String clientId = "e2e-short-lived-" + UUID.randomUUID().toString().substring(0, 8);
        create("/clients", """
                {"clientId": "%s", "enabled": true, "publicClient": true, "protocol": "openid-connect",
                 "standardFlowEnabled": false, "directAccessGrantsEnabled": true, "fullScopeAllowed": true,
                 "attributes": {"access.token.lifespan": "%d"},
                 "defaultClientScopes": ["basic", "profile", "roles", "child-protection-attributes",
                   "child-protection-platform"]}
                """.formatted(clientId, seconds));
        return clientId;
    }

    /** An access token of a realm user through {@code clientId}. */
    String token(String clientId, String username) {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + TestTokens.DEMO_PASSWORD;
        return json(send(HttpRequest.newBuilder(URI.create(TestEnvironment.oidcUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200)).path("access_token").asText();
    }

    private String create(String collection, String body) {
        HttpResponse<String> response = exchange(admin(collection).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() != 201 || location == null) {
            throw new IllegalStateException("Keycloak did not create " + collection + ": " + response.statusCode()
                    + " " + response.body());
        }
        created.add(0, location);
        return location;
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(keycloak() + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + masterRealmToken());
    }

    /** Removes what this run added, newest first. */
    @Override
    public void close() {
        for (String location : created) {
            exchange(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer " + masterRealmToken())
                    .DELETE());
        }
        created.clear();
    }

    private static String keycloak() {
        return TestEnvironment.env("CP_KEYCLOAK_URL", "http://127.0.0.1:18180");
    }

    private static String send(HttpRequest.Builder request, int expected) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach Keycloak at " + keycloak(), e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return EventSchemas.mapper().readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
