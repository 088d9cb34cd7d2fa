package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every endpoint: no token, wrong role, another station. */
@QuarkusTest
class IntakeAccessTests {

    @Test
    void withoutATokenNothingIsOpen() {
        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Ana", "Tiranë"))
                .when().post("/intakes").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/intakes").then().statusCode(401);
        given().when().get("/intakes/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "cpu.tirana.worker1", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Tiranë"))
    void aCpuWorkerCannotRecordOrReadIntakes() {
        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Ana", "Tiranë"))
                .when().post("/intakes").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/intakes").then().statusCode(403);
        given().when().get("/intakes/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "police.nostation", roles = "police-psychosocial")
    void aPoliceAccountWithoutAStationCannotRecord() {
        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Ana", "Tiranë"))
                .when().post("/intakes").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anotherStationSeesNothingOfAnIntake() {
        String id = as("police.kamza").contentType(ContentType.JSON)
                .body(IntakeSamples.childLivingIn("Dea", "Tiranë"))
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        as("police.tirana").when().get("/intakes/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        as("police.tirana").when().get("/intakes").then().statusCode(200).body("id", not(hasItem(id)));
        as("police.kamza").when().get("/intakes/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
