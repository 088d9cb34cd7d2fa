package al.childprotection.notification.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.notification.rest.MinistryFeedRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * Who may call the ministry feed: a client whose token carries the feed scope, and nobody else. The realm's clients
 * all carry the scope and its people none, so the tokens the realm cannot issue (a client without the scope, a
 * person with it) are made here, shaped as Keycloak shapes them; the real clients' and people's tokens are tried in
 * {@link PullFeedTests} and {@link PushFeedTests}.
 */
@QuarkusTest
class FeedAccessTests {

    private static final Map<String, Object> BAD_BODY = Map.of("callbackUrl", 7, "secret", "");

    @Test
    @TestSecurity(user = "service-account-ministry-justice-feed", roles = "offline_access",
            augmentors = MinistryFeedRole.class)
    @OidcSecurity(claims = { @Claim(key = "azp", value = "ministry-justice-feed"),
            @Claim(key = "scope", value = "profile email") })
    void aClientWithoutTheFeedScopeIsForbiddenBeforeItsBodyIsRead() {
        assertEveryFeedOperationForbidden();
    }

    @Test
    @TestSecurity(user = "sarpc.analyst", roles = "sarpc-analyst", augmentors = MinistryFeedRole.class)
    @OidcSecurity(claims = { @Claim(key = "azp", value = "platform-cli"),
            @Claim(key = "scope", value = "profile email feed.read") })
    void aPersonIsForbiddenEvenWithTheFeedScope() {
        assertEveryFeedOperationForbidden();
    }

    /** The same made-up token with the scope is let in: the two refusals above are the scope's and the person's. */
    @Test
    @TestSecurity(user = "service-account-ministry-justice-feed", roles = "offline_access",
            augmentors = MinistryFeedRole.class)
    @OidcSecurity(claims = { @Claim(key = "azp", value = "ministry-justice-feed"),
            @Claim(key = "scope", value = "profile email feed.read") })
    void aClientWithTheFeedScopeIsLetIn() {
        given().get("/feed").then().statusCode(200);
        given().get("/subscriptions").then().statusCode(200);
        given().contentType(ContentType.JSON).body(BAD_BODY).post("/subscriptions").then().statusCode(400);
    }

    @Test
    void theOpenApiDocumentSaysEveryFeedOperationIsForMinistryClients() throws Exception {
        JsonNode paths = EventSchemas.mapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().startsWith("/feed") || path.getKey().startsWith("/subscriptions")) {
                path.getValue().fields().forEachRemaining(verb -> {
                    operations.add(verb.getKey() + " " + path.getKey());
                    List<String> roles = new ArrayList<>();
                    verb.getValue().path("security").forEach(requirement -> requirement.elements()
                            .forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText()))));
                    assertThat(roles).as("roles of %s %s", verb.getKey(), path.getKey())
                            .containsExactly(MinistryFeedRole.ROLE);
                });
            }
        }
        assertThat(operations).hasSize(7);
    }

    private static void assertEveryFeedOperationForbidden() {
        given().get("/feed").then().statusCode(403).contentType("application/problem+json");
        given().get("/subscriptions").then().statusCode(403);
        // refused before the body is read: no field of a subscription is named
        given().contentType(ContentType.JSON).body(BAD_BODY).post("/subscriptions").then().statusCode(403)
                .contentType("application/problem+json").body("$", not(hasKey("errors")));
        UUID any = UUID.randomUUID();
        given().get("/subscriptions/{id}", any).then().statusCode(403);
        given().post("/subscriptions/{id}/pause", any).then().statusCode(403);
        given().post("/subscriptions/{id}/resume", any).then().statusCode(403);
        given().delete("/subscriptions/{id}", any).then().statusCode(403);
    }
}
