package al.childprotection.referral;

import static al.childprotection.testsupport.AuditTrails.auditOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * SARPC reads referrals pseudonymised (decision 11): no name, no date of birth, no text anybody typed; an age band
 * and a reference that is the same for every referral of the same child. The CPU that acts on the referral still
 * reads the child in full, and SARPC's reads are audited as before.
 */
@QuarkusTest
class SarpcViewTests {

    private static final String SARPC = "sarpc.analyst";
    private static final String TIRANA_WORKER = "cpu.tirana.worker1";

    @Test
    @SuppressWarnings("unchecked")
    void sarpcReadsAReferralWithAnAgeBandAndAReferenceButNoNameDateOfBirthOrTypedText() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now().minusYears(7).minusDays(20);
        IntakeRecorded intake = intake("Elirë", family, born, null, "Tiranë");
        String id = referralOf(intake);
        as(TIRANA_WORKER).when().post("/referrals/" + id + "/acknowledgement").then().statusCode(200);
        as(TIRANA_WORKER).contentType(ContentType.JSON)
                .body("{\"reason\": \"Elirë " + family + " lives with her aunt in Durrës\"}")
                .when().post("/referrals/" + id + "/rejection").then().statusCode(200);

        String one = as(SARPC).when().get("/referrals/" + id).then().statusCode(200).extract().asString();
        String list = as(SARPC).queryParam("limit", 500).when().get("/referrals").then().statusCode(200)
                .extract().asString();
        String timeline = as(SARPC).when().get("/referrals/" + id + "/timeline").then().statusCode(200)
                .extract().asString();
        for (String body : List.of(one, list, timeline)) {
            assertThat(body).doesNotContain(family).doesNotContain("Elir").doesNotContain(born.toString())
                    .doesNotContain("givenName").doesNotContain("dateOfBirth").doesNotContain("aunt");
        }

        Map<String, Object> shown = given().auth().oauth2(TestTokens.of(SARPC)).when().get("/referrals/" + id)
                .then().extract().jsonPath().getMap("$");
        assertThat(shown).containsEntry("id", id).containsEntry("ageBand", "5-9").containsEntry("sex", "FEMALE")
                .containsEntry("cpuCode", "cpu-tirane").containsEntry("status", "REJECTED")
                .doesNotContainKeys("child", "routingReason", "reason", "outcome", "nrmReferralId");
        assertThat((String) shown.get("childRef")).matches("[0-9a-f]{24}")
                .doesNotContain(id.replace("-", "").substring(0, 8))
                .doesNotContain(intake.intakeId().toString().replace("-", "").substring(0, 8));
        assertThat(sarpcListed(intake)).isEqualTo(shown);
        assertThat(given().auth().oauth2(TestTokens.of(SARPC)).when().get("/referrals/" + id + "/timeline").then()
                .extract().jsonPath().<Map<String, Object>> getList("$"))
                .extracting(step -> step.get("toStatus")).containsExactly("CREATED", "ACKNOWLEDGED", "REJECTED");

        // the CPU that acts on it still reads the child and the reasons in full
        Map<String, Object> full = as(TIRANA_WORKER).when().get("/referrals/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat((Map<String, Object>) full.get("child")).containsEntry("givenName", "Elirë")
                .containsEntry("familyName", family).containsEntry("dateOfBirth", born.toString());
        assertThat(full).doesNotContainKeys("childRef", "ageBand");
        assertThat(as(TIRANA_WORKER).when().get("/referrals/" + id + "/timeline").then().statusCode(200)
                .extract().asString()).contains("lives with her aunt");
    }

    @Test
    void theSameChildHasTheSameReferenceHoweverTheNameIsTypedAndAnotherChildAnotherOne() {
        String family = uniqueFamilyName();
        LocalDate born = LocalDate.now().minusYears(13).minusDays(40);
        String first = reference(intake("Elirë", "Çela" + family, born, null, "Tiranë"));
        String again = reference(intake(" ELIRE ", "cela" + family.toUpperCase(), born, null, "Durrës"));
        String sister = reference(intake("Arta", "Çela" + family, born, null, "Tiranë"));
        String otherBirthday = reference(intake("Elirë", "Çela" + family, born.minusDays(1), null, "Tiranë"));

        assertThat(again).isEqualTo(first);
        assertThat(List.of(sister, otherBirthday)).doesNotContain(first).doesNotHaveDuplicates();
    }

    @Test
    void withoutADateOfBirthEachIntakeHasItsOwnReferenceAndTheEstimatedAgeGivesTheBand() {
        String family = uniqueFamilyName();
        IntakeRecorded estimated = intake("Dritan", family, null, 16, "Tiranë");
        IntakeRecorded namesake = intake("Dritan", family, null, 16, "Tiranë");
        publish(estimated);
        publish(namesake);

        Map<String, Object> one = awaitSarpcListed(estimated);
        Map<String, Object> other = awaitSarpcListed(namesake);
        assertThat(one).containsEntry("ageBand", "15-17");
        assertThat(other.get("childRef")).isNotEqualTo(one.get("childRef"));
    }

    @Test
    void sarpcReadsOfAReferralStayAudited() {
        String id = referralOf(intake("Besa", uniqueFamilyName(), LocalDate.now().minusYears(10), null, "Tiranë"));
        as(SARPC).when().get("/referrals/" + id).then().statusCode(200);
        as(SARPC).when().get("/referrals/" + id + "/timeline").then().statusCode(200);

        assertThat(auditOf(id, "cpu.tirana.supervisor"))
                .filteredOn(row -> SARPC.equals(row.get("actor")))
                .extracting(row -> row.get("action"))
                .contains("referral.listed", "referral.read", "referral.timeline-read");
    }

    /**
     * A supervisor who is also an analyst (no demo user is both): their own municipality's referrals in full, as
     * their CPU role shows them; every other municipality's pseudonymised, as their SARPC role shows them.
     */
    @Test
    @TestSecurity(user = "cpu.tirana.analyst", roles = { "cpu-supervisor", "sarpc-analyst" })
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Tiranë"))
    @SuppressWarnings("unchecked")
    void aPersonWithBothRolesReadsOwnMunicipalityInFullAndEveryOtherPseudonymised() {
        String family = uniqueFamilyName();
        IntakeRecorded own = intake("Ilir", family, LocalDate.now().minusYears(9), null, "Tiranë");
        IntakeRecorded elsewhere = intake("Ilir", family, LocalDate.now().minusYears(9), null, "Durrës");
        publish(own);
        publish(elsewhere);

        Map<String, Object> ownListed = await().atMost(Duration.ofSeconds(20)).until(() -> listed(given(), own),
                found -> found != null);
        Map<String, Object> elsewhereListed = await().atMost(Duration.ofSeconds(20))
                .until(() -> listed(given(), elsewhere), found -> found != null);

        assertThat((Map<String, Object>) ownListed.get("child")).containsEntry("familyName", family);
        assertThat(elsewhereListed).doesNotContainKey("child").containsEntry("municipality", "Durrës")
                .containsKey("childRef");
        assertThat(given().when().get("/referrals/" + elsewhereListed.get("id")).then().statusCode(200)
                .extract().asString()).doesNotContain(family);
        assertThat(given().when().get("/referrals/" + ownListed.get("id")).then().statusCode(200)
                .extract().asString()).contains(family);
    }

    private static IntakeRecorded intake(String givenName, String familyName, LocalDate born, Integer estimatedAge,
            String residence) {
        return new IntakeRecorded(UUID.randomUUID(), "PS-KAMEZ", "Kamëz", Instant.now().minusSeconds(600),
                new ChildSummary(givenName, familyName, born, estimatedAge, born == null ? Sex.MALE : Sex.FEMALE),
                residence, null, List.of(Situation.VICTIM), RiskLevel.MEDIUM, Priority.NORMAL, Instant.now());
    }

    /** A family name no other test uses, so that finding it in a response means this child's data leaked. */
    private static String uniqueFamilyName() {
        return "Sarpcz" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }

    private static String referralOf(IntakeRecorded intake) {
        publish(intake);
        return (String) awaitSarpcListed(intake).get("id");
    }

    private static String reference(IntakeRecorded intake) {
        publish(intake);
        return (String) awaitSarpcListed(intake).get("childRef");
    }

    private static Map<String, Object> awaitSarpcListed(IntakeRecorded intake) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> sarpcListed(intake), found -> found != null);
    }

    private static Map<String, Object> sarpcListed(IntakeRecorded intake) {
        return listed(as(SARPC), intake);
    }

    private static Map<String, Object> listed(RequestSpecification reader, IntakeRecorded intake) {
        List<Map<String, Object>> all = reader.queryParam("limit", 500).when().get("/referrals").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(r -> intake.intakeId().toString().equals(r.get("intakeId"))).findFirst()
                .orElse(null);
    }

    private static void publish(IntakeRecorded intake) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
