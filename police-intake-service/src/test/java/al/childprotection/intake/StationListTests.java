package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** A station lists its intakes by the day the team met the child, newest first. Shëngjin records only here. */
@QuarkusTest
@TestSecurity(user = "police.shengjin", roles = "police-psychosocial")
@OidcSecurity(claims = @Claim(key = "police_station", value = "PS-SHENGJIN"))
class StationListTests {

    @Test
    void theListIsNewestContactFirstAndFiltersByContactDay() {
        // recorded out of order: the list follows the contact, not the recording
        record("2026-10-02T09:00:00Z", "Mira");
        record("2026-10-20T23:30:00Z", "Erion"); // 21 October in Albania (UTC+2)
        record("2026-10-10T12:00:00Z", "Lule");
        record("2026-09-30T21:59:00Z", "Sokol"); // 30 September in Albania, the last minute of it

        given().when().get("/intakes").then().statusCode(200)
                .body("child.givenName", contains("Erion", "Lule", "Mira", "Sokol"));
        given().when().get("/intakes?from=2026-10-01&to=2026-10-20").then().statusCode(200)
                .body("child.givenName", contains("Lule", "Mira"));
        given().when().get("/intakes?from=2026-10-21").then().statusCode(200)
                .body("child.givenName", contains("Erion"));
        given().when().get("/intakes?to=2026-09-30").then().statusCode(200)
                .body("child.givenName", contains("Sokol"));
        given().when().get("/intakes?from=2026-10-11&to=2026-10-19").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void aBadRangeIsRefusedNamingTheParameter() {
        given().when().get("/intakes?from=2026-10-21&to=2026-10-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().when().get("/intakes?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void record(String contactAt, String givenName) {
        given().contentType(ContentType.JSON).body(IntakeSamples.metAt(contactAt, givenName, "Lezhë"))
                .when().post("/intakes").then().statusCode(201);
    }
}
