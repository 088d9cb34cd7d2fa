package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Who works at each CPU, and the partner agencies, as the directory knows them. */
@QuarkusTest
class DirectoryMembersTests {

    @Test
    void aSupervisorSeesTheirOwnUnitsPeopleAndNoOtherUnits() {
        as("cpu.tirana.supervisor").when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(200)
                .body("username", containsInAnyOrder("cpu.tirana.worker1", "cpu.tirana.worker2",
                        "cpu.tirana.supervisor"));
        as("cpu.durres.supervisor").when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(403).contentType("application/problem+json");
        as("sarpc.analyst").when().get("/directory/child-protection-units/cpu-durres/members")
                .then().statusCode(200).body("username", containsInAnyOrder("cpu.durres.worker",
                        "cpu.durres.supervisor"));
        as("platform.admin").when().get("/directory/child-protection-units/cpu-atlantis/members")
                .then().statusCode(404);
    }

    @Test
    void workersPoliceAndAnonymousCallersDoNotListPeople() {
        as("cpu.tirana.worker1").when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(403);
        as("police.kamza").when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(403);
        given().when().get("/directory/child-protection-units/cpu-tirane/members").then().statusCode(401);
    }

    @Test
    void theNrmAndTheEmergencyShelterAreInTheDirectory() {
        as("cpu.tirana.worker1").when().get("/directory/partner-agencies").then().statusCode(200)
                .body("code", hasItems("nrm", "house-of-colors"))
                .body("kind", hasItems("NRM", "SHELTER"));
    }

    @Test
    void anAdministratorTiesAKeycloakUserToACpuAndEveryChangeIsLogged() {
        String username = "cpu.kamza.worker." + System.nanoTime();
        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"role\": \"WORKER\"}")
                .when().post("/directory/child-protection-units/cpu-kamez/members")
                .then().statusCode(201).body("cpuCode", equalTo("cpu-kamez")).body("active", equalTo(true));
        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\", \"role\": \"WORKER\"}")
                .when().post("/directory/child-protection-units/cpu-vore/members")
                .then().statusCode(409).contentType("application/problem+json");
        as("platform.admin").contentType(ContentType.JSON).body("{\"role\": \"SUPERVISOR\", \"active\": false}")
                .when().put("/directory/child-protection-units/cpu-kamez/members/" + username)
                .then().statusCode(200).body("role", equalTo("SUPERVISOR")).body("active", equalTo(false));

        as("sarpc.analyst").queryParam("code", username).when().get("/directory/edits").then().statusCode(200)
                .body("action", contains("DEACTIVATED", "CREATED"))
                .body("actor", everyItem(equalTo("platform.admin")));
    }

    @Test
    void onlyAnAdministratorChangesMembersAndWithAValidRole() {
        String body = "{\"username\": \"someone.new\", \"role\": \"WORKER\"}";
        as("cpu.tirana.supervisor").contentType(ContentType.JSON).body(body)
                .when().post("/directory/child-protection-units/cpu-tirane/members").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/directory/child-protection-units/cpu-tirane/members").then().statusCode(401);
        as("platform.admin").contentType(ContentType.JSON).body("{\"username\": \"x\", \"role\": \"BOSS\"}")
                .when().post("/directory/child-protection-units/cpu-tirane/members").then().statusCode(400)
                .body("errors.field", hasItem("role"));
        as("platform.admin").contentType(ContentType.JSON).body(body)
                .when().post("/directory/child-protection-units/cpu-atlantis/members").then().statusCode(404);
        as("platform.admin").contentType(ContentType.JSON).body("{\"role\": \"WORKER\", \"active\": true}")
                .when().put("/directory/child-protection-units/cpu-durres/members/cpu.tirana.worker1")
                .then().statusCode(404);
    }

    @Test
    void anAdministratorAddsAndDeactivatesAPartnerAgencyAndTheLogShowsIt() {
        String code = "shelter-test-" + System.nanoTime();
        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"Qendra e Emergjencës Shkodër\", "
                        + "\"kind\": \"SHELTER\", \"municipality\": \"Shkodra\"}")
                .when().post("/directory/partner-agencies")
                .then().statusCode(201).body("municipality", equalTo("Shkodër"));
        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"name\": \"Qendra e Emergjencës Shkodër\", \"active\": false}")
                .when().put("/directory/partner-agencies/" + code)
                .then().statusCode(200).body("active", equalTo(false));
        as("platform.admin").queryParam("code", code).when().get("/directory/edits").then().statusCode(200)
                .body("action", contains("DEACTIVATED", "CREATED"));

        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"code\": \"x-y\", \"name\": \"X\", \"kind\": \"SHELTER\", \"municipality\": \"Atlantis\"}")
                .when().post("/directory/partner-agencies").then().statusCode(422)
                .body("errors.field", hasItem("municipality"));
        as("cpu.tirana.supervisor").contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"active\": false}")
                .when().put("/directory/partner-agencies/nrm").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"active\": false}")
                .when().put("/directory/partner-agencies/nrm").then().statusCode(401);
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
