package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.e2e.OpenApiOperations.Operation;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Access control proven for every endpoint of the five packaged services with real Keycloak tokens. The operations
 * come from each service's OpenAPI document and the allowed roles from their {@code @RolesAllowed}, so an endpoint
 * cannot be forgotten: one without a fixture in {@link AccessFixtures} fails the matrix by name. For each operation:
 * no token → 401; a token of every role not allowed → 403; the right role in another municipality, station or
 * shelter → 403 for a record, absent from a list; the right user → 2xx. And tokens that are expired, from another
 * realm or forged get 401 everywhere.
 */
@ExtendWith(PackagedPlatform.class)
class AccessMatrixIT {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private static TemporaryAccounts accounts;
    private static SeededRecords records;
    private static final Map<String, List<Operation>> OPERATIONS = new LinkedHashMap<>();
    private static final Map<Operation, Fixture.Resolved> RESOLVED = new LinkedHashMap<>();

    @BeforeAll
    static void seedTheRecords() throws Exception {
        accounts = new TemporaryAccounts();
        records = new SeededRecords(accounts);
        for (String service : PackagedServices.SERVICES.keySet()) {
            OPERATIONS.put(service, OpenApiOperations.of(service));
        }
    }

    @AfterAll
    static void removeTheTemporaryAccounts() {
        if (accounts != null) {
            accounts.close();
        }
    }

    @Test
    void everyOperationRefusesWhomItMustAndServesWhomItMay() {
        List<String> failures = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, List<Operation>> service : OPERATIONS.entrySet()) {
            int checks = 0;
            for (Operation operation : service.getValue()) {
                documented.add(operation.key());
                Fixture fixture = AccessFixtures.of(operation);
                if (fixture == null) {
                    failures.add(operation + ": no fixture; add an entry \"" + operation.key()
                            + "\" to AccessFixtures (how: see the top of that file)");
                    continue;
                }
                if (fixture.defect() != null) {
                    failures.add(operation + ": the fixture " + fixture.defect());
                    continue;
                }
                if (operation.roles().isEmpty()) {
                    failures.add(operation + ": no roles in its OpenAPI security: is it @RolesAllowed?");
                    continue;
                }
                checks += check(operation, failures);
            }
            System.out.printf("[access] %s operations=%d checks=%d%n", service.getKey(), service.getValue().size(),
                    checks);
        }
        AccessFixtures.FIXTURES.keySet().stream().filter(key -> !documented.contains(key)).forEach(key -> failures
                .add(key + ": a fixture for an operation no service documents (renamed or removed?)"));
        Set<String> documentedPerService = new TreeSet<>();
        OPERATIONS.values().forEach(list -> list.forEach(operation -> documentedPerService.add(operation.toString())));
        AccessFixtures.SERVICE_FIXTURES.keySet().stream().filter(key -> !documentedPerService.contains(key))
                .forEach(key -> failures.add(key + ": a fixture for an operation that service does not document"));
        assertThat(failures).as("access matrix").isEmpty();
    }

    @Test
    void expiredForeignAndForgedTokensGet401FromEveryOperation() {
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("expired", expiredToken());
        badTokens.put("from the Keycloak master realm", TemporaryAccounts.masterRealmToken());
        badTokens.put("re-signed with another key", ForgedTokens.resigned(TestTokens.of("cpu.tirana.worker1")));
        badTokens.put("claims tampered, signature kept", ForgedTokens.tampered(TestTokens.of("cpu.durres.worker")));
        badTokens.put("unsigned (alg none)", ForgedTokens.unsigned(TestTokens.of("cpu.tirana.supervisor")));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> service : OPERATIONS.entrySet()) {
            int checks = 0;
            for (Operation operation : service.getValue()) {
                Fixture.Resolved call = placeholders(operation);
                for (Map.Entry<String, String> token : badTokens.entrySet()) {
                    int status = send(operation, call, token.getValue()).statusCode();
                    checks++;
                    if (status != 401) {
                        failures.add(operation + " with a token " + token.getKey() + ": " + status + ", not 401");
                    }
                }
            }
            System.out.printf("[tokens] %s operations=%d checks=%d%n", service.getKey(), service.getValue().size(),
                    checks);
        }
        assertThat(failures).as("bad tokens").isEmpty();
    }

    /** The checks of one operation, in an order that leaves the right user's call for last; returns their count. */
    private static int check(Operation operation, List<String> failures) {
        Fixture.Resolved call;
        try {
            call = resolved(operation);
        } catch (RuntimeException e) {
            failures.add(operation + ": its fixture could not make its records: " + e);
            return 0;
        }
        int checks = 0;
        try {
            expect(failures, operation, "no token", send(operation, call, null), 401);
            checks++;
            for (Map.Entry<String, String> role : AccessFixtures.DEMO_USER_OF_ROLE.entrySet()) {
                if (!operation.roles().contains(role.getKey())) {
                    expect(failures, operation, role.getValue() + " (" + role.getKey() + ", a role not allowed)",
                            send(operation, call, Tokens.of(role.getValue())), 403);
                    checks++;
                }
            }
            for (Map.Entry<String, Fixture.Outcome> outsider : call.outsiders()) {
                Response response = send(operation, call, Tokens.of(outsider.getKey()));
                String who = outsider.getKey() + " (right role, elsewhere)";
                if (outsider.getValue() == Fixture.Outcome.REFUSED) {
                    expect(failures, operation, who, response, 403);
                } else if (expect(failures, operation, who, response, 200) && listed(call, response)) {
                    failures.add(operation + " as " + who + ": lists " + call.listedField() + "="
                            + call.listedValue());
                }
                checks++;
            }
            if (call.stream()) {
                int status = streamStatus(operation, call, Tokens.of(call.user()));
                if (status != 200) {
                    failures.add(operation + " as " + call.user() + " (the right user): " + status + ", not 200");
                }
                return checks + 1;
            }
            Response allowed = send(operation, call, Tokens.of(call.user()));
            if (allowed.statusCode() / 100 != 2) {
                failures.add(operation + " as " + call.user() + " (the right user): " + allowed.statusCode() + " "
                        + allowed.asString());
            } else if (call.listedField() != null && !listed(call, allowed)) {
                failures.add(operation + " as " + call.user() + " (the right user): does not list "
                        + call.listedField() + "=" + call.listedValue());
            }
            checks++;
        } catch (RuntimeException e) {
            failures.add(operation + ": " + e);
        }
        return checks;
    }

    private static boolean expect(List<String> failures, Operation operation, String who, Response response,
            int status) {
        if (response.statusCode() == status) {
            return true;
        }
        failures.add(operation + " as " + who + ": " + response.statusCode() + ", not " + status + " "
                + abbreviated(response.asString()));
        return false;
    }

    private static boolean listed(Fixture.Resolved call, Response response) {
        List<Object> values = response.jsonPath().getList(call.listedField());
        return values != null && values.stream().map(String::valueOf).anyMatch(call.listedValue()::equals);
    }

    private static Fixture.Resolved resolved(Operation operation) {
        Fixture.Resolved call = RESOLVED.get(operation);
        if (call == null) {
            call = AccessFixtures.of(operation).resolve(records);
            RESOLVED.put(operation, call);
        }
        return call;
    }

    /** The call of an operation when only its authentication matters: its fixture's, or made-up values. */
    private static Fixture.Resolved placeholders(Operation operation) {
        Fixture.Resolved known = RESOLVED.get(operation);
        if (known != null) {
            return known;
        }
        Map<String, String> path = new LinkedHashMap<>();
        Matcher names = TEMPLATE.matcher(operation.path());
        while (names.find()) {
            path.put(names.group(1), UUID.randomUUID().toString());
        }
        return new Fixture.Resolved(null, path, Map.of(), "{}", null, null, List.of(), null, false);
    }

    private static Response send(Operation operation, Fixture.Resolved call, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        request.pathParams(call.path()).queryParams(call.query());
        if (call.body() != null) {
            request.contentType(ContentType.JSON).body(call.body());
        }
        return request.request(operation.method(), PackagedServices.url(operation.service()) + operation.path());
    }

    /** The status of a server-sent event stream opened as the right user; the stream is closed at once. */
    private static int streamStatus(Operation operation, Fixture.Resolved call, String token) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : call.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(PackagedServices.url(operation.service()) + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token Keycloak signed that has expired: from a client of this run whose tokens live 20 seconds. It works
     * while it lives (so the 401 that follows is the expiry's), then the test waits until it has expired.
     */
    private static String expiredToken() {
        String client = accounts.shortLivedClient(20);
        String token = accounts.token(client, "cpu.tirana.worker1");
        given().auth().oauth2(token).get(PackagedServices.url("referral-service") + "/referrals")
                .then().statusCode(200);
        Instant expiry = Instant.ofEpochSecond(claims(token).path("exp").asLong());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
        return token;
    }

    private static com.fasterxml.jackson.databind.JsonNode claims(String token) {
        try {
            return EventSchemas.mapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        String text = Objects.toString(body, "");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
