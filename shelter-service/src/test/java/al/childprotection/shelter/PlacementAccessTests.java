package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every placement endpoint: no token (401), a role that may not (403), and a request or stay outside the
 * caller's scope (403, and absent from lists). The first test leaves a Tirana child's stay at House of Colors
 * for the others to try to reach.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlacementAccessTests {

    private static String requestId;
    private static String placementId;

    private static final Map<String, Object> EXTENSION = Map.of("stayEndsAt",
            Instant.now().plusSeconds(4 * 86400).toString(), "reason", "assessment pending");
    private static final Map<String, Object> DISCHARGE = Map.of("destination", "FOSTER_CARE");

    @Test
    @Order(1)
    void aTiranaChildsStayIsOutsideDurresScope() {
        requestId = Placements.aChildAloneRequested();
        placementId = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().path("id");

        as("cpu.durres.worker").get("/placement-requests/" + requestId).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("outside your scope"));
        as("cpu.durres.supervisor").get("/placements/" + placementId).then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.durres.worker").get("/placement-requests").then().statusCode(200)
                .body("id", not(hasItem(requestId)));
        as("cpu.durres.worker").get("/placements").then().statusCode(200).body("id", not(hasItem(placementId)));
        as("cpu.tirana.worker2").get("/placements").then().statusCode(200).body("id", hasItem(placementId));
        as("sarpc.analyst").get("/placements/" + placementId).then().statusCode(200);
    }

    @Test
    @Order(2)
    void withoutATokenEveryEndpointIsUnauthorized() {
        RequestSpecification anonymous = given().contentType(ContentType.JSON);
        String some = "00000000-0000-0000-0000-000000000001";
        anonymous.body(Map.of("kind", "CHILD_ALONE")).post("/placement-requests").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/placement-requests").then().statusCode(401);
        given().get("/placement-requests/" + some).then().statusCode(401);
        given().post("/placement-requests/" + some + "/admission").then().statusCode(401);
        given().post("/placement-requests/" + some + "/passing-on").then().statusCode(401);
        given().get("/placements").then().statusCode(401);
        given().get("/placements/" + some).then().statusCode(401);
        given().contentType(ContentType.JSON).body(EXTENSION).post("/placements/" + some + "/extension")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(DISCHARGE).post("/placements/" + some + "/discharge")
                .then().statusCode(401);
    }

    @Test
    @Order(3)
    void aRoleThatMayNotIsForbidden() {
        for (String user : new String[] { "platform.admin" }) {
            as(user).body(Map.of("kind", "CHILD_ALONE")).post("/placement-requests").then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).get("/placement-requests").then().statusCode(403);
            as(user).get("/placement-requests/" + requestId).then().statusCode(403);
            as(user).get("/placements").then().statusCode(403);
            as(user).get("/placements/" + placementId).then().statusCode(403);
        }
        // SARPC and shelter staff do not ask for beds; police teams do not follow stays
        as("sarpc.analyst").body(Map.of("kind", "CHILD_ALONE")).post("/placement-requests").then().statusCode(403);
        as("shelter.staff").body(Map.of("kind", "CHILD_ALONE")).post("/placement-requests").then().statusCode(403);
        as("police.kamza").get("/placements").then().statusCode(403);
        as("police.kamza").get("/placements/" + placementId).then().statusCode(403);
        // only shelter staff admit, pass on, extend and discharge
        for (String user : new String[] { "cpu.tirana.worker1", "cpu.tirana.supervisor", "police.tirana",
                "sarpc.analyst", "platform.admin" }) {
            as(user).post("/placement-requests/" + requestId + "/admission").then().statusCode(403);
            as(user).post("/placement-requests/" + requestId + "/passing-on").then().statusCode(403);
            as(user).body(EXTENSION).post("/placements/" + placementId + "/extension").then().statusCode(403);
            as(user).body(DISCHARGE).post("/placements/" + placementId + "/discharge").then().statusCode(403);
        }
        as("cpu.tirana.worker1").get("/placements/" + placementId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("IN_SHELTER"));
    }

    /** No demo user of the realm works at another shelter: a test identity, not a token. */
    @Test
    @Order(4)
    @TestSecurity(user = "staff.elsewhere", roles = "shelter-staff")
    @OidcSecurity(claims = @Claim(key = "shelter", value = "durres-emergency"))
    void staffOfAnotherShelterNeitherSeeNorActOnIt() {
        given().get("/placement-requests/" + requestId).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("outside your scope"));
        given().get("/placement-requests").then().statusCode(200).body("id", not(hasItem(requestId)));
        given().post("/placement-requests/" + requestId + "/admission").then().statusCode(403);
        given().post("/placement-requests/" + requestId + "/passing-on").then().statusCode(403);
        given().get("/placements/" + placementId).then().statusCode(403);
        given().get("/placements").then().statusCode(200).body("id", not(hasItem(placementId)));
        given().contentType(ContentType.JSON).body(EXTENSION).post("/placements/" + placementId + "/extension")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(DISCHARGE).post("/placements/" + placementId + "/discharge")
                .then().statusCode(403);
    }

    /** No demo user of the realm is shelter staff without a shelter: a test identity, not a token. */
    @Test
    @Order(5)
    @TestSecurity(user = "staff.unplaced", roles = "shelter-staff")
    void staffWithoutAShelterSeeNothing() {
        given().get("/placement-requests").then().statusCode(403).contentType("application/problem+json");
        given().get("/placements").then().statusCode(403);
        given().get("/placements/" + placementId).then().statusCode(403);
        given().post("/placement-requests/" + requestId + "/admission").then().statusCode(403);
    }

    @Test
    @Order(6)
    void theStayWasNotTouchedByAnyRefusedCall() {
        as("shelter.staff").get("/placements/" + placementId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("IN_SHELTER"))
                .body("extensions.size()", org.hamcrest.Matchers.equalTo(0));
        as("shelter.staff").get("/placement-requests/" + requestId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ADMITTED"))
                .body("shelterCode", org.hamcrest.Matchers.equalTo("house-of-colors"));
    }
}
