package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
                .body("code", hasItems("nrm", "house-of-colors", "durres-emergency"))
                .body("kind", hasItems("NRM", "SHELTER"));
    }

    @Test
    void aCpusPeopleComeWithTheirNamesAndAddressesAPageAtATime() {
        as("sarpc.analyst").when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(200)
                .body("find { it.username == 'cpu.tirana.worker1' }.role", equalTo("WORKER"))
                .body("find { it.username == 'cpu.tirana.worker1' }.displayName", equalTo("Blerina Kola"))
                .body("find { it.username == 'cpu.tirana.worker1' }.language", equalTo("sq"))
                .body("find { it.username == 'cpu.tirana.worker1' }.email",
                        equalTo("cpu.tirana.worker1@demo.childprotection.al"))
                .body("find { it.username == 'cpu.tirana.supervisor' }.role", equalTo("SUPERVISOR"))
                .body("active", everyItem(equalTo(true)));

        Response first = as("sarpc.analyst").queryParam("limit", 2)
                .when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(200).body("username", contains("cpu.tirana.supervisor", "cpu.tirana.worker1"))
                .extract().response();
        assertThat(LinkedPages.next(first)).contains("cursor=");
        assertThat(LinkedPages.all(() -> as("sarpc.analyst"),
                "/directory/child-protection-units/cpu-tirane/members?limit=1"))
                .extracting(member -> member.get("username"))
                .containsExactly("cpu.tirana.supervisor", "cpu.tirana.worker1", "cpu.tirana.worker2");
        as("sarpc.analyst").queryParam("cursor", "!!")
                .when().get("/directory/child-protection-units/cpu-tirane/members")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void anAdministratorTiesAKeycloakUserToACpuAndEveryChangeIsLogged() {
        String username = "cpu.kamza.worker." + System.nanoTime();
        as("platform.admin").contentType(ContentType.JSON).body(newMember(username, "WORKER"))
                .when().post("/directory/child-protection-units/cpu-kamez/members")
                .then().statusCode(201).header("Location", endsWith("/directory/members/" + username))
                .body("cpuCode", equalTo("cpu-kamez")).body("role", equalTo("WORKER"))
                .body("displayName", equalTo("Arta Lika")).body("language", equalTo("en"))
                .body("email", equalTo(username + "@example.al")).body("active", equalTo(true));
        as("platform.admin").contentType(ContentType.JSON).body(newMember(username, "WORKER"))
                .when().post("/directory/child-protection-units/cpu-vore/members")
                .then().statusCode(409).contentType("application/problem+json");
        as("platform.admin").contentType(ContentType.JSON).body("{\"role\": \"SUPERVISOR\", \"active\": false}")
                .when().put("/directory/child-protection-units/cpu-kamez/members/" + username)
                .then().statusCode(200).body("role", equalTo("SUPERVISOR")).body("active", equalTo(false))
                .body("displayName", equalTo("Arta Lika"));
        as("platform.admin").when().get("/directory/members/" + username).then().statusCode(200)
                .body("role", equalTo("CPU_SUPERVISOR")).body("active", equalTo(false));

        as("sarpc.analyst").queryParam("code", username).when().get("/directory/edits").then().statusCode(200)
                .body("action", contains("DEACTIVATED", "CREATED"))
                .body("entity", everyItem(equalTo("MEMBER")))
                .body("actor", everyItem(equalTo("platform.admin")));
    }

    @Test
    void onlyAnAdministratorChangesMembersAndWithAValidRole() {
        String body = newMember("someone.new", "WORKER");
        as("cpu.tirana.supervisor").contentType(ContentType.JSON).body(body)
                .when().post("/directory/child-protection-units/cpu-tirane/members").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/directory/child-protection-units/cpu-tirane/members").then().statusCode(401);
        as("platform.admin").contentType(ContentType.JSON).body(newMember("x", "BOSS"))
                .when().post("/directory/child-protection-units/cpu-tirane/members").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("role"));
        as("platform.admin").contentType(ContentType.JSON).body(body)
                .when().post("/directory/child-protection-units/cpu-atlantis/members").then().statusCode(404);
        as("platform.admin").contentType(ContentType.JSON).body("{\"role\": \"WORKER\", \"active\": true}")
                .when().put("/directory/child-protection-units/cpu-durres/members/cpu.tirana.worker1")
                .then().statusCode(404);
        as("cpu.tirana.supervisor").contentType(ContentType.JSON).body("{\"role\": \"WORKER\", \"active\": false}")
                .when().put("/directory/child-protection-units/cpu-tirane/members/cpu.tirana.worker1")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"role\": \"WORKER\", \"active\": false}")
                .when().put("/directory/child-protection-units/cpu-tirane/members/cpu.tirana.worker1")
                .then().statusCode(401);
        as("platform.admin").contentType(ContentType.JSON).body("{\"role\": \"WORKER\"}")
                .when().put("/directory/child-protection-units/cpu-tirane/members/cpu.tirana.worker1")
                .then().statusCode(400).body("errors.field", hasItem("active"));
    }

    @Test
    void aNewMemberNamesHowTheyAreTold() {
        String path = "/directory/child-protection-units/cpu-tirane/members";
        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"username\": \"a.b\", \"role\": \"WORKER\", \"language\": \"de\", \"email\": \"nope\"}")
                .when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("displayName", "language", "email"));
        as("platform.admin").contentType(ContentType.JSON).body(newMember("Not A Username", "WORKER"))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("username"));
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

    private static String newMember(String username, String role) {
        return "{\"username\": \"" + username + "\", \"role\": \"" + role + "\", \"displayName\": \"Arta Lika\", "
                + "\"language\": \"en\", \"email\": \"" + username + "@example.al\"}";
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
