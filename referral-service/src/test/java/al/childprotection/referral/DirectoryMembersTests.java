package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
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

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
