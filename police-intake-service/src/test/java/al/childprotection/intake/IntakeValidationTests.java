package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Bad input gets a 400 problem naming the field, and leaves nothing behind: no intake, no event. */
@QuarkusTest
@TestSecurity(user = "police.vore", roles = "police-psychosocial")
@OidcSecurity(claims = @Claim(key = "police_station", value = "PS-VORE"))
class IntakeValidationTests {

    @Test
    void malformedJsonIsRefused() {
        assertRefusedAndNothingStored("{\"contactAt\": \"2026-11-28T21:40:00Z\", \"child\": {",
                "not well-formed JSON", null);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String body = IntakeSamples.childLivingIn("", "Vorë").replace("\"sex\": \"FEMALE\",", "")
                .replace("\"priority\": \"HIGH\",", "")
                .replace("\"consent\": \"BEST_INTEREST_OF_THE_CHILD\",", "")
                .replace("\"lawyerPresent\": false,", "");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("errors.field", hasItems("child.givenName", "child.sex", "priority", "consent",
                        "safeguards.lawyerPresent"));
        assertNothingStoredOrPublished();
    }

    @Test
    void missingSituationsAreNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("\"situations\": [\"VICTIM\", \"WITHOUT_PARENTAL_CARE\"],", "");
        assertRefusedAndNothingStored(body, "situations", "situations");
    }

    @Test
    void anEmptyListOfSituationsIsNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("[\"VICTIM\", \"WITHOUT_PARENTAL_CARE\"]", "[]");
        assertRefusedAndNothingStored(body, "situations", "situations");
    }

    @Test
    void aListOfNoSituationIsNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("[\"VICTIM\", \"WITHOUT_PARENTAL_CARE\"]", "[null]");
        assertRefusedAndNothingStored(body, "situations", "situations");
    }

    @Test
    void anUnknownSituationIsNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë").replace("\"WITHOUT_PARENTAL_CARE\"", "\"PIRATE\"");
        assertRefusedAndNothingStored(body, "situations[1]", "situations[1]");
    }

    @Test
    void anUnknownPriorityOrConsentIsNamed() {
        assertRefusedAndNothingStored(IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("\"priority\": \"HIGH\"", "\"priority\": \"ROUTINE\""), "priority", "priority");
        assertRefusedAndNothingStored(IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("\"BEST_INTEREST_OF_THE_CHILD\"", "\"ASSUMED\""), "consent", "consent");
    }

    @Test
    void aSafeguardThatIsNotAYesOrNoIsNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("\"lawyerPresent\": false", "\"lawyerPresent\": \"maybe\"");
        assertRefusedAndNothingStored(body, "safeguards.lawyerPresent", "safeguards.lawyerPresent");
    }

    @Test
    void aGuardianWithoutANameIsNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("\"name\": \"" + IntakeSamples.GUARDIAN_NAME + "\",", "");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("child.guardian.name"));
        assertNothingStoredOrPublished();
    }

    @Test
    void aWrongTypeIsNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë")
                .replace("\"dateOfBirth\": \"2013-04-02\"", "\"estimatedAge\": \"ten\"");
        assertRefusedAndNothingStored(body, "child.estimatedAge", "child.estimatedAge");
    }

    @Test
    void anAgeIsRequired() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë").replace("\"dateOfBirth\": \"2013-04-02\",", "");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("child.dateOfBirthOrEstimatedAge"));
        assertNothingStoredOrPublished();
    }

    @Test
    void anOversizedBodyIsRefused() {
        String body = IntakeSamples.childLivingIn("Ana", "Vorë").replace("warm clothes", "x".repeat(300_000));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes")
                .then().statusCode(413);
        assertNothingStoredOrPublished();
    }

    private void assertRefusedAndNothingStored(String body, String detail, String field) {
        var response = given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(detail));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertNothingStoredOrPublished();
    }

    private void assertNothingStoredOrPublished() {
        given().when().get("/intakes").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        try (EventTap tap = EventTap.on("intake.events")) {
            assertThat(tap.all(Duration.ofMillis(600)).stream()
                    .filter(r -> r.value() != null && r.value().contains("PS-VORE"))).isEmpty();
        }
    }
}
