package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.testsupport.TestEnvironment;
import al.childprotection.testsupport.TestTokens;
import io.restassured.response.Response;

/**
 * Who may call a service, as a stranger holding a token would find out (issue 12, items 10 and 12): only access
 * tokens the realm issued for the platform pass; a 401 says, as RFC 6750 asks, that a bearer token is expected and
 * whether the one sent was no good; a token that cannot be verified is refused without a call to Keycloak; a
 * problem detail never repeats what the caller typed; metrics and health are not on the public port.
 */
@ExtendWith(PackagedPlatform.class)
class TokenAudienceIT {

    /** module -> a list that the named demo user may read with a platform-cli token. */
    private static final Map<String, String[]> READABLE = new LinkedHashMap<>();
    static {
        READABLE.put("police-intake-service", new String[] { "police.kamza", "/intakes" });
        READABLE.put("referral-service", new String[] { "cpu.tirana.worker1", "/referrals" });
        READABLE.put("case-service", new String[] { "cpu.tirana.worker1", "/tasks" });
        READABLE.put("shelter-service", new String[] { "cpu.tirana.worker1", "/placement-requests" });
        READABLE.put("notification-service", new String[] { "cpu.tirana.worker1", "/inbox" });
    }

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final Path LOGS = Path.of("target", "e2e-logs");

    @Test
    void aTokenTheRealmIssuedToAnotherClientGets401FromEveryService() {
        for (Map.Entry<String, String[]> service : READABLE.entrySet()) {
            String user = service.getValue()[0];
            String url = PackagedServices.url(service.getKey()) + service.getValue()[1];
            // the same user through the platform's own client is let in: the audience, not the user, decides
            given().auth().oauth2(TestTokens.of(user)).get(url).then().statusCode(200);

            given().auth().oauth2(adminCliToken(user)).get(url).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"child-protection\", error=\"invalid_token\""));
        }
    }

    @Test
    void a401NamesTheBearerSchemeAndWhetherTheTokenSentWasNoGood() {
        for (Map.Entry<String, String[]> service : READABLE.entrySet()) {
            String url = PackagedServices.url(service.getKey()) + service.getValue()[1];
            given().get(url).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"child-protection\""));
            given().auth().oauth2("garbage").get(url).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"child-protection\", error=\"invalid_token\""));
        }
    }

    /**
     * The service's own log says how it verified each token (PackagedServices turns on the debug lines of the OIDC
     * identity provider): an opaque token and a token under a key id the realm never issued are refused there, and no
     * introspection request is ever started. Before, each such token made the service call Keycloak.
     */
    @Test
    void aTokenThatCannotBeVerifiedIsRefusedWithoutAskingKeycloak() throws Exception {
        String unknownKey = ForgedTokens.underUnknownKeyId(TestTokens.of("cpu.tirana.worker1"));
        for (Map.Entry<String, String[]> service : READABLE.entrySet()) {
            String url = PackagedServices.url(service.getKey()) + service.getValue()[1];
            for (String token : List.of("an-opaque-token-" + System.nanoTime(), unknownKey)) {
                given().auth().oauth2(token).get(url).then().statusCode(401);
            }
        }
        List<String> failures = new ArrayList<>();
        for (String module : READABLE.keySet()) {
            String log = Files.readString(LOGS.resolve(module + ".log"));
            if (!log.contains("Token is opaque but the opaque token introspection is not allowed")) {
                failures.add(module + ": no line shows the opaque token refused without introspection");
            }
            if (!log.contains("JWT token does not have a matching verification key but JWT token introspection "
                    + "is disabled")) {
                failures.add(module + ": no line shows the unknown key id refused without introspection");
            }
            for (String introspection : List.of("Starting the opaque token introspection",
                    "Starting the JWT token introspection", "attempting the token introspection")) {
                if (log.contains(introspection)) {
                    failures.add(module + ": the service asked Keycloak to introspect a token (" + introspection + ")");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aProblemDetailNamesTheFieldAndTheValuesItTakesNeverWhatTheCallerSent() {
        for (String[] call : List.of(new String[] { "referral-service", "/referrals" },
                new String[] { "shelter-service", "/placements" })) {
            Response response = given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                    .queryParam("status", SCRIPT)
                    .get(PackagedServices.url(call[0]) + call[1]);
            response.then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("status"))
                    .body("errors[0].message", containsString("must be one of"))
                    .body(not(containsString("script")));
        }
        Response municipality = given().auth().oauth2(TestTokens.of("sarpc.analyst"))
                .queryParam("municipality", SCRIPT)
                .get(PackagedServices.url("referral-service") + "/directory/child-protection-units");
        municipality.then()
                .statusCode(400)
                .body("errors[0].field", equalTo("municipality"))
                .body(not(containsString("script")));
        // a code in the path that names nothing: 404, and the code is not repeated
        given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                .get(PackagedServices.url("referral-service") + "/directory/police-stations/{code}",
                        "<img src=x onerror=alert(1)>")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("onerror")));
    }

    @Test
    void metricsAndHealthAnswerOnTheManagementPortOnlyAndTheApiDescriptionStaysPublic() {
        for (String module : READABLE.keySet()) {
            String publicUrl = PackagedServices.url(module);
            String managementUrl = PackagedServices.managementUrl(module);
            assertThat(managementUrl).isNotEqualTo(publicUrl);
            given().get(publicUrl + "/q/metrics").then().statusCode(404);
            given().get(publicUrl + "/q/health/ready").then().statusCode(404);
            given().get(managementUrl + "/q/metrics").then().statusCode(200)
                    .body(containsString("# TYPE"));
            given().get(managementUrl + "/q/health/ready").then().statusCode(200);
            given().queryParam("format", "json").get(publicUrl + "/q/openapi").then().statusCode(200)
                    .body("openapi", notNullValue());
        }
    }

    /**
     * A real access token of a demo user from the realm's own {@code admin-cli} client (password grant): signed by
     * the realm, unexpired, but issued to a client that is not the platform's.
     */
    private static String adminCliToken(String username) {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + TestTokens.DEMO_PASSWORD;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(TestEnvironment.oidcUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("admin-cli password grant: %s", response.body()).isEqualTo(200);
            return EventSchemas.mapper().readTree(response.body()).path("access_token").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
