package al.childprotection.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;

/**
 * Every operation a running service documents at {@code /q/openapi}, with the roles of its {@code @RolesAllowed}:
 * Quarkus writes them as the scopes of the operation's security requirement.
 */
final class OpenApiOperations {

    /** One operation, e.g. {@code GET /referrals/{id}} of referral-service, open to {@code roles}. */
    record Operation(String service, String method, String path, Set<String> roles) {

        /** The key of the fixture table: {@code "GET /referrals/{id}"}. */
        String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return service + " " + key();
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OpenApiOperations() {
    }

    static List<Operation> of(String service) {
        JsonNode document = document(PackagedServices.url(service) + "/q/openapi?format=json");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext();) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                if (METHODS.contains(verb.getKey())) {
                    operations.add(new Operation(service, verb.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            roles(verb.getValue())));
                }
            }
        }
        return operations;
    }

    private static Set<String> roles(JsonNode operation) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.elements().forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText())));
        }
        return roles;
    }

    private static JsonNode document(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return EventSchemas.mapper().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + url, e);
        }
    }
}
