package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DirectoryTests {

    @Test
    void everyMunicipalityHasACpuAndTiranaHasOnePerAdministrativeUnit() {
        given().auth().oauth2(TestTokens.of("police.kamza"))
                .when().get("/directory/child-protection-units")
                .then().statusCode(200)
                // DirectoryAdministrationTests adds its own CPUs (cpu-test-...) in Pustec; the seeded directory is 85
                .body("findAll { !it.code.startsWith('cpu-test-') }.size()", equalTo(61 + 24))
                .body("code", hasItems("cpu-tirane", "cpu-kamez", "cpu-durres", "cpu-fushe-arrez",
                        "cpu-malesi-e-madhe", "cpu-tirane-nj11", "cpu-tirane-zall-herr"));
    }

    @Test
    void municipalitiesAreFoundWithOrWithoutAlbanianLettersAndInTheDefiniteForm() {
        for (String typed : new String[] { "Tiranë", "Tirana", "tirane", "TIRANA" }) {
            given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                    .queryParam("municipality", typed)
                    .when().get("/directory/child-protection-units")
                    .then().statusCode(200)
                    .body("size()", equalTo(25))
                    .body("municipality", everyItem(equalTo("Tiranë")));
        }
        for (String typed : new String[] { "Durrësi", "Durres", "Shkodra", "Lezha", "Korça", "Kamza" }) {
            given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                    .queryParam("municipality", typed)
                    .when().get("/directory/child-protection-units")
                    .then().statusCode(200)
                    .body("size()", equalTo(1));
        }
    }

    @Test
    void anUnknownMunicipalityIsNamedInTheProblem() {
        given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"))
                .queryParam("municipality", "Atlantis")
                .when().get("/directory/child-protection-units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("municipality"));
    }
}
