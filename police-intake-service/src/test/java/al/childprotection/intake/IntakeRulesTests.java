package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import al.childprotection.intake.service.IntakeRules;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * A well-formed intake with values the platform cannot accept gets a 422 problem naming every such field, and
 * leaves nothing behind. Krujë records nothing else in these tests, so its list must stay empty.
 */
@QuarkusTest
@TestSecurity(user = "police.kruja", roles = "police-psychosocial")
@OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KRUJE"))
class IntakeRulesTests {

    private static final ZoneId ALBANIA = ZoneId.of("Europe/Tirane");

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        String body = IntakeSamples.childLivingIn("Ana", "Krujë")
                .replace("2013-04-02", today().plusDays(30).toString());
        assertRefused(body, "child.dateOfBirth");
    }

    @Test
    void aDateOfBirthAfterTheContactIsRefused() {
        Instant contact = Instant.now().minus(10, ChronoUnit.DAYS);
        String body = IntakeSamples.metAt(contact.toString(), "Ana", "Krujë")
                .replace("2013-04-02", today().minusDays(5).toString());
        assertRefused(body, "child.dateOfBirth");
    }

    @Test
    void aChildWhoTurned18ByTheContactIsRefused() {
        Instant contact = Instant.parse("2026-11-28T21:40:00Z");
        String eighteenThatDay = LocalDate.ofInstant(contact, ALBANIA).minusYears(18).toString();
        assertRefused(IntakeSamples.childLivingIn("Ana", "Krujë").replace("2013-04-02", eighteenThatDay),
                "child.dateOfBirth");
    }

    @Test
    void anEstimatedAgeOf18IsRefused() {
        String body = IntakeSamples.childLivingIn("Ana", "Krujë")
                .replace("\"dateOfBirth\": \"2013-04-02\"", "\"estimatedAge\": 18");
        assertRefused(body, "child.estimatedAge");
    }

    @Test
    void aResidenceThatIsNotAMunicipalityIsRefused() {
        assertRefused(IntakeSamples.childLivingIn("Ana", "Atlantis"), "child.residenceMunicipality");
    }

    @Test
    @TestSecurity(user = "police.lezha", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-LEZHE"))
    void aMunicipalityTypedInItsDefiniteFormWithoutAlbanianLettersIsAccepted() {
        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Ana", "Lezha"))
                .when().post("/intakes").then().statusCode(201);
    }

    @Test
    void aContactInTheFutureIsRefused() {
        String body = IntakeSamples.metAt(Instant.now().plus(1, ChronoUnit.DAYS).toString(), "Ana", "Krujë");
        assertRefused(body, "contactAt");
    }

    @Test
    void everyOverlongTextIsNamedInOneAnswer() {
        String body = IntakeSamples.childLivingIn("A".repeat(101), "Krujë")
                .replace("\"Çela\"", "\"" + "Ç".repeat(101) + "\"")
                .replace("Calmed, interview with a psychologist present", "x".repeat(4001))
                .replace("warm clothes", "y".repeat(4001))
                .replace(IntakeSamples.CIRCUMSTANCES, "z".repeat(4001))
                .replace(IntakeSamples.LEGAL_BASIS, "b".repeat(IntakeRules.LEGAL_BASIS_MAX + 1));
        assertRefused(body, "child.givenName", "child.familyName", "psychosocialSupport", "urgentNeeds",
                "circumstances", "legalBasis");
    }

    @Test
    void overLongCircumstancesAreRefused() {
        String body = IntakeSamples.childLivingIn("Ana", "Krujë")
                .replace(IntakeSamples.CIRCUMSTANCES, "ë".repeat(IntakeRules.TEXT_MAX + 1));
        assertRefused(body, "circumstances");
    }

    @Test
    void aPersonalNumberOfAnotherFormatIsRefused() {
        for (String wrong : new String[] { "1010101010", "J1010101A", "J101010101A", "JJ0101010A", "J10101010",
                "J1010-1010A", "Ë10101010A" }) {
            assertRefused(IntakeSamples.childLivingIn("Ana", "Krujë").replace(IntakeSamples.PERSONAL_NUMBER, wrong),
                    "child.personalNumber");
        }
    }

    @Test
    void aBestInterestReferralWithoutItsLegalBasisIsRefused() {
        String withoutLegalBasis = IntakeSamples.childLivingIn("Ana", "Krujë")
                .replace(",\n  \"legalBasis\": \"" + IntakeSamples.LEGAL_BASIS + "\"", "");
        assertThat(withoutLegalBasis).doesNotContain("legalBasis");
        assertRefused(withoutLegalBasis, "legalBasis");
        assertRefused(IntakeSamples.childLivingIn("Ana", "Krujë").replace(IntakeSamples.LEGAL_BASIS, "  "),
                "legalBasis");
    }

    @Test
    void aPhoneThatIsNotOneAndAUnitWithoutItsMunicipalityAreNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "")
                .replace("\"residenceMunicipality\": \"\",", "\"residenceUnit\": \"Njësia Administrative nr. 5\",")
                .replace(IntakeSamples.GUARDIAN_PHONE, "call the school");
        assertRefused(body, "child.residenceUnit", "child.guardian.phone");
    }

    @Test
    void emptyOrOverLongRiskFlagsAndLanguagesAreNamed() {
        String body = IntakeSamples.childLivingIn("Ana", "Krujë")
                .replace(IntakeSamples.RISK_FLAG, "r".repeat(IntakeRules.SHORT_TEXT_MAX + 1))
                .replace("\"Italian\"", "\" \"");
        assertRefused(body, "riskFlags[0]", "child.languages[1]");
    }

    @Test
    void aFutureContactWithAnAdultNamesBothFields() {
        String body = IntakeSamples.metAt(Instant.now().plus(2, ChronoUnit.DAYS).toString(), "Ana", "Krujë")
                .replace("\"dateOfBirth\": \"2013-04-02\"", "\"estimatedAge\": 19");
        assertRefused(body, "contactAt", "child.estimatedAge");
    }

    /** The limits are limits, not off by one: 17 the day before the 18th birthday, and texts at their maximum. */
    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void aChildOneDayShortOf18AndTextsAtTheirLimitAreAccepted() {
        Instant contact = Instant.parse("2026-11-28T21:40:00Z");
        String seventeen = LocalDate.ofInstant(contact, ALBANIA).minusYears(18).plusDays(1).toString();
        String body = IntakeSamples.childLivingIn("Ë".repeat(100), "Kamëz").replace("2013-04-02", seventeen)
                .replace("warm clothes", "y".repeat(4000))
                .replace(IntakeSamples.CIRCUMSTANCES, "ç".repeat(IntakeRules.TEXT_MAX))
                .replace(IntakeSamples.LEGAL_BASIS, "b".repeat(IntakeRules.LEGAL_BASIS_MAX))
                .replace(IntakeSamples.RISK_FLAG, "r".repeat(IntakeRules.SHORT_TEXT_MAX));
        given().contentType(ContentType.JSON).body(body).when().post("/intakes").then().statusCode(201);
    }

    /** With consent the legal basis may stay empty; a personal number typed in lower case is the same number. */
    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void aConsentedReferralNeedsNoLegalBasis() {
        String body = IntakeSamples.childLivingIn("Ana", "Kamëz")
                .replace("BEST_INTEREST_OF_THE_CHILD", "GIVEN_BY_CHILD_AND_GUARDIAN")
                .replace(",\n  \"legalBasis\": \"" + IntakeSamples.LEGAL_BASIS + "\"", "")
                .replace(IntakeSamples.PERSONAL_NUMBER, IntakeSamples.PERSONAL_NUMBER.toLowerCase());
        given().contentType(ContentType.JSON).body(body).when().post("/intakes").then().statusCode(201)
                .body("consent", equalTo("GIVEN_BY_CHILD_AND_GUARDIAN"))
                .body("legalBasis", nullValue())
                .body("child.personalNumber", equalTo(IntakeSamples.PERSONAL_NUMBER));
    }

    private static void assertRefused(String body, String... fields) {
        try (EventTap tap = EventTap.on("intake.events")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/intakes")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("status", equalTo(422))
                    .body("title", equalTo("Unprocessable Content"))
                    .body("errors.field", containsInAnyOrder(fields));

            given().when().get("/intakes").then().statusCode(200).body("size()", equalTo(0));
            // the relay publishes within a tick of the commit: a second is ample time for an event to show
            assertThat(tap.all(Duration.ofSeconds(1)).stream()
                    .filter(r -> r.value() != null && r.value().contains("PS-KRUJE"))).isEmpty();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ALBANIA);
    }
}
