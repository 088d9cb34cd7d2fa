package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Only the team of the intake's own station corrects it. */
@QuarkusTest
class IntakeCorrectionAccessTests {

    private static final String BODY = IntakeSamples.childLivingIn("Elirë", "Kurbin");

    @Test
    void withoutATokenNothingIsCorrected() {
        given().contentType(ContentType.JSON).body(BODY).when().put("/intakes/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "cpu.tirana.worker1", roles = "cpu-worker")
    void aCpuWorkerCannotCorrect() {
        given().contentType(ContentType.JSON).body(BODY).when().put("/intakes/" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "police.nostation", roles = "police-psychosocial")
    void aPoliceAccountWithoutAStationCannotCorrect() {
        given().contentType(ContentType.JSON).body(BODY).when().put("/intakes/" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void onlyTheIntakesOwnStationCorrectsIt() {
        String id = as("police.kamza").contentType(ContentType.JSON).body(BODY)
                .when().post("/intakes").then().statusCode(201).extract().path("id");
        String before = as("police.kamza").when().get("/intakes/" + id).then().extract().asString();

        try (EventTap tap = EventTap.on("intake.events")) {
            as("police.tirana").contentType(ContentType.JSON).body(IntakeCorrectionTests.corrected(BODY))
                    .when().put("/intakes/" + id)
                    .then().statusCode(403).contentType("application/problem+json");
            as("police.kamza").contentType(ContentType.JSON).body(IntakeCorrectionTests.corrected(BODY))
                    .when().put("/intakes/" + UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json");
            IntakeCorrectionTests.assertUnchanged(id, before, as("police.kamza"), tap);
        }
        as("police.kamza").contentType(ContentType.JSON).body(IntakeCorrectionTests.corrected(BODY))
                .when().put("/intakes/" + id)
                .then().statusCode(200)
                .body("child.givenName", equalTo("Elira"))
                .body("correctedBy", equalTo("police.kamza"));
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
