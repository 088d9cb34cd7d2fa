package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Everyone who takes work on the platform, as SARPC and administrators read and keep them. */
@QuarkusTest
class DirectoryPeopleTests {

    @Test
    void sarpcReadsEveryoneAPageAtATimeNarrowedByRoleCpuAndActivity() {
        List<Map<String, Object>> supervisors = LinkedPages.all(() -> as("sarpc.analyst"),
                "/directory/members?role=CPU_SUPERVISOR&active=true&limit=7");
        assertThat(supervisors).hasSizeGreaterThanOrEqualTo(31)
                .allSatisfy(member -> assertThat(member).containsEntry("role", "CPU_SUPERVISOR")
                        .containsEntry("active", true))
                .extracting(member -> (String) member.get("username")).isSorted().doesNotHaveDuplicates()
                .contains("cpu.tirana.supervisor", "cpu.kamez.supervisor", "cpu.lezhe.supervisor");

        as("platform.admin").queryParam("cpuCode", "cpu-durres").when().get("/directory/members")
                .then().statusCode(200).body("username", hasItems("cpu.durres.worker", "cpu.durres.supervisor"))
                .body("cpuCode", everyItem(equalTo("cpu-durres")));
        as("sarpc.analyst").when().get("/directory/members/shelter.staff").then().statusCode(200)
                .body("role", equalTo("SHELTER_STAFF")).body("shelterCode", equalTo("house-of-colors"))
                .body("cpuCode", nullValue()).body("displayName", equalTo("Teuta Gjoni"));
        as("sarpc.analyst").when().get("/directory/members/sarpc.analyst").then().statusCode(200)
                .body("role", equalTo("SARPC_ANALYST")).body("language", equalTo("en"))
                .body("email", equalTo("sarpc.analyst@demo.childprotection.al"));
        as("sarpc.analyst").when().get("/directory/members/nobody.here").then().statusCode(404);
    }

    @Test
    void onlySarpcAndAdministratorsReadThePeople() {
        for (String path : List.of("/directory/members", "/directory/members/cpu.tirana.worker1")) {
            given().when().get(path).then().statusCode(401);
            as("cpu.tirana.supervisor").when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            as("shelter.staff").when().get(path).then().statusCode(403);
        }
        as("sarpc.analyst").queryParam("role", "BOSS").when().get("/directory/members").then().statusCode(400)
                .body("errors.field", hasItem("role"));
        as("sarpc.analyst").queryParam("limit", 0).when().get("/directory/members").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void anAdministratorAddsShelterStaffAndAnAnalystAndChangesThem() {
        String staff = "shelter.staff." + System.nanoTime();
        as("platform.admin").contentType(ContentType.JSON)
                .body(newStaff(staff, "SHELTER_STAFF", "\"house-of-colors\""))
                .when().post("/directory/members")
                .then().statusCode(201).header("Location", endsWith("/directory/members/" + staff))
                .body("role", equalTo("SHELTER_STAFF")).body("shelterCode", equalTo("house-of-colors"))
                .body("active", equalTo(true));
        as("platform.admin").contentType(ContentType.JSON)
                .body("{\"displayName\": \"Teuta G.\", \"language\": \"en\", \"email\": \"t@example.al\", "
                        + "\"shelterCode\": \"house-of-colors\", \"active\": false}")
                .when().put("/directory/members/" + staff)
                .then().statusCode(200).body("displayName", equalTo("Teuta G.")).body("language", equalTo("en"))
                .body("email", equalTo("t@example.al")).body("active", equalTo(false));

        String analyst = "sarpc.analyst." + System.nanoTime();
        as("platform.admin").contentType(ContentType.JSON).body(newStaff(analyst, "SARPC_ANALYST", "null"))
                .when().post("/directory/members")
                .then().statusCode(201).body("role", equalTo("SARPC_ANALYST")).body("shelterCode", nullValue());
        as("platform.admin").contentType(ContentType.JSON).body(newStaff(analyst, "SARPC_ANALYST", "null"))
                .when().post("/directory/members").then().statusCode(409);
        as("sarpc.analyst").queryParam("code", staff).when().get("/directory/edits").then().statusCode(200)
                .body("action", hasItems("CREATED", "DEACTIVATED"));
    }

    @Test
    void onlyAnAdministratorKeepsThePeopleAndBadInputNamesItsField() {
        String body = newStaff("new.analyst", "SARPC_ANALYST", "null");
        given().contentType(ContentType.JSON).body(body).when().post("/directory/members").then().statusCode(401);
        as("sarpc.analyst").contentType(ContentType.JSON).body(body).when().post("/directory/members")
                .then().statusCode(403);
        String change = "{\"displayName\": \"X\", \"language\": \"sq\", \"email\": \"x@example.al\", \"active\": true}";
        given().contentType(ContentType.JSON).body(change).when().put("/directory/members/sarpc.analyst")
                .then().statusCode(401);
        as("sarpc.analyst").contentType(ContentType.JSON).body(change).when().put("/directory/members/sarpc.analyst")
                .then().statusCode(403);
        as("platform.admin").contentType(ContentType.JSON).body(change).when().put("/directory/members/nobody.here")
                .then().statusCode(404);

        as("platform.admin").contentType(ContentType.JSON).body(newStaff("a.worker", "CPU_WORKER", "null"))
                .when().post("/directory/members").then().statusCode(400).body("errors.field", hasItem("role"));
        as("platform.admin").contentType(ContentType.JSON).body(newStaff("a.staff", "SHELTER_STAFF", "null"))
                .when().post("/directory/members").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("shelterCode"));
        as("platform.admin").contentType(ContentType.JSON).body(newStaff("a.staff", "SHELTER_STAFF", "\"nrm\""))
                .when().post("/directory/members").then().statusCode(422).body("errors.field", hasItem("shelterCode"));
        as("platform.admin").contentType(ContentType.JSON)
                .body(newStaff("an.analyst", "SARPC_ANALYST", "\"house-of-colors\""))
                .when().post("/directory/members").then().statusCode(422).body("errors.field", hasItem("shelterCode"));
        as("platform.admin").contentType(ContentType.JSON).body("{\"language\": \"sq\", \"active\": true}")
                .when().put("/directory/members/sarpc.analyst").then().statusCode(400)
                .body("errors.field", hasItems("displayName", "email"));
    }

    private static String newStaff(String username, String role, String shelterCodeJson) {
        return "{\"username\": \"" + username + "\", \"role\": \"" + role + "\", \"displayName\": \"Teuta Gjoni\", "
                + "\"language\": \"sq\", \"email\": \"" + username + "@example.al\", \"shelterCode\": "
                + shelterCodeJson + "}";
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
