package al.childprotection.e2e;

import static al.childprotection.e2e.Tokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * A child is seen through a case (decision 10), across the packaged services with real tokens: whatever a CPU of one
 * municipality types or matches, it never reaches another municipality's record of the same child. A match across
 * municipalities is a notice to both supervisors, and their two confirmations link the records without merging.
 */
@ExtendWith(PackagedPlatform.class)
class ChildAcrossMunicipalitiesIT {

    @Test
    void aChildOfAnotherMunicipalityIsNeverReadJoinedOrOverwrittenAndAMatchIsOnlyANotice() {
        String familyName = "Xhani-" + tag();
        String durresCase = caseOfIntake(record("police.durres", Intakes.of("Drita", familyName, "Durrës")),
                "cpu.durres.supervisor");
        String durresChild = child(durresCase, "cpu.durres.worker");
        String personalNumber = "J" + (10000000 + (int) (Math.random() * 89999999)) + "A";
        as("cpu.durres.worker").contentType(ContentType.JSON)
                .body(Map.of("personalNumber", personalNumber, "motherName", "Mira Durrësake"))
                .when().put(caseService("/children/" + durresChild + "/particulars")).then().statusCode(200);

        // a Tirana worker opens a case for a child with the same names and date of birth: a record of its own
        String tiranaCase = as("cpu.tirana.worker1").contentType(ContentType.JSON).body("""
                {"child": {"givenName": "Drita", "familyName": "%s", "sex": "FEMALE", "dateOfBirth": "2012-05-17"},
                 "institution": "Residential centre for children, Tiranë", "plannedOutcome": "FAMILY_REUNIFICATION"}"""
                .formatted(familyName)).when().post(caseService("/cases/deinstitutionalisation"))
                .then().statusCode(201).extract().path("id");
        String tiranaChild = child(tiranaCase, "cpu.tirana.worker1");
        assertThat(tiranaChild).isNotEqualTo(durresChild);

        as("cpu.tirana.worker1").when().get(caseService("/children/" + durresChild)).then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.tirana.worker1").when().get(caseService("/children/" + tiranaChild)).then().statusCode(200)
                .body("personalNumber", nullValue()).body("motherName", nullValue())
                .body("cases.municipality", everyItem(equalTo("Tiranë")));
        List<String> timelineCases = as("cpu.tirana.worker1").when()
                .get(caseService("/cases/" + tiranaCase + "/timeline")).then().statusCode(200)
                .extract().jsonPath().getList("caseId");
        assertThat(timelineCases).isNotEmpty().containsOnly(tiranaCase);

        // the Durrës personal number typed into the Tirana record merges nothing and changes nothing in Durrës
        as("cpu.tirana.worker1").contentType(ContentType.JSON)
                .body(Map.of("personalNumber", personalNumber, "motherName", "Someone Else"))
                .when().put(caseService("/children/" + tiranaChild + "/particulars")).then().statusCode(200)
                .body("id", equalTo(tiranaChild)).body("mergedInto", nullValue())
                .body("cases.municipality", everyItem(equalTo("Tiranë")));
        as("cpu.durres.worker").when().get(caseService("/children/" + durresChild)).then().statusCode(200)
                .body("motherName", equalTo("Mira Durrësake")).body("mergedInto", nullValue());

        // a worker's match list names nothing of Durrës; each supervisor gets a notice with only its own record
        String workersMatches = as("cpu.tirana.worker1").queryParam("limit", 500).when()
                .get(caseService("/child-matches")).then().statusCode(200).extract().asString();
        assertThat(workersMatches).doesNotContain(durresChild).doesNotContain("Mira Durrësake");
        Map<String, Object> tiranaNotice = awaitNotice("cpu.tirana.supervisor", tiranaChild);
        Map<String, Object> durresNotice = awaitNotice("cpu.durres.supervisor", durresChild);
        assertThat(tiranaNotice.get("id")).isEqualTo(durresNotice.get("id"));
        assertThat(tiranaNotice).containsEntry("scope", "ACROSS_MUNICIPALITIES").containsEntry("candidate", null);
        assertThat((Map<String, Object>) tiranaNotice.get("otherCpu")).containsEntry("municipality", "Durrës")
                .containsEntry("cpuCode", "cpu-durres");
        assertThat(tiranaNotice.toString()).doesNotContain(durresChild).doesNotContain("Mira Durrësake")
                .doesNotContain(durresCase);
        assertThat(durresNotice.toString()).doesNotContain(tiranaChild).doesNotContain("Someone Else")
                .doesNotContain(tiranaCase);
        assertThat(supervisorTaskKinds("cpu.tirana.supervisor", tiranaCase)).contains("CROSS_MUNICIPALITY_MATCH");
        assertThat(supervisorTaskKinds("cpu.durres.supervisor", durresCase)).contains("CROSS_MUNICIPALITY_MATCH");

        // a worker cannot decide it; one supervisor's confirmation waits for the other's; both link, never merge
        String match = "/child-matches/" + tiranaNotice.get("id");
        as("cpu.tirana.worker1").when().post(caseService(match + "/confirmation")).then().statusCode(403);
        as("cpu.lezhe.supervisor").when().post(caseService(match + "/confirmation")).then().statusCode(403);
        as("cpu.tirana.supervisor").when().post(caseService(match + "/confirmation")).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("otherCpu.confirmed", equalTo(false));
        as("cpu.tirana.supervisor").when().post(caseService(match + "/confirmation")).then().statusCode(409);
        as("cpu.durres.supervisor").when().post(caseService(match + "/confirmation")).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("otherCpu.confirmed", equalTo(true))
                .body("child.id", equalTo(durresChild));
        as("cpu.tirana.supervisor").when().get(caseService("/children/" + durresChild)).then().statusCode(403);
        as("cpu.durres.supervisor").when().get(caseService("/children/" + tiranaChild)).then().statusCode(403);
        as("cpu.tirana.worker1").when().get(caseService("/children/" + tiranaChild)).then().statusCode(200)
                .body("mergedInto", nullValue()).body("cases.municipality", everyItem(equalTo("Tiranë")));
    }

    @Test
    void anIntakeCorrectionAtOneStationChangesOnlyItsOwnCaseNeverAnotherMunicipalitys() {
        String familyName = "Kelmendi-" + tag();
        String durresCase = caseOfIntake(record("police.durres", Intakes.of("Blerta", familyName, "Durrës")),
                "cpu.durres.supervisor");
        // Shëngjin's team records the same child, living in Lezhë as far as it knows, then corrects the name
        String shengjinIntake = record("police.shengjin", Intakes.of("Blerta", familyName, "Lezhë"));
        String lezheCase = caseOfIntake(shengjinIntake, "cpu.lezhe.supervisor");
        assertThat(child(lezheCase, "cpu.lezhe.worker")).isNotEqualTo(child(durresCase, "cpu.durres.worker"));

        as("police.shengjin").contentType(ContentType.JSON).body(Intakes.of("Blerina", familyName, "Lezhë"))
                .when().put(PackagedServices.url("police-intake-service") + "/intakes/" + shengjinIntake)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> as("cpu.lezhe.worker").when().get(caseService("/cases/" + lezheCase)).then()
                        .statusCode(200).extract().path("child.givenName"), "Blerina"::equals);
        as("cpu.durres.worker").when().get(caseService("/cases/" + durresCase)).then().statusCode(200)
                .body("child.givenName", equalTo("Blerta"));
    }

    @Test
    void aCorrectionOfOneOfTwoIntakesOfTheSameChildLeavesTheOtherIntakesCaseAsItWas() {
        String familyName = "Gjoka-" + tag();
        String durresCase = caseOfIntake(record("police.durres", Intakes.of("Arta", familyName, "Durrës")),
                "cpu.durres.supervisor");
        // Kamëz's team records the same child, who lives in Durrës: the same record, the same open case
        String kamezIntake = record("police.kamza", Intakes.of("Arta", familyName, "Durrës"));
        assertThat(caseOfIntake(kamezIntake, "cpu.durres.supervisor")).isEqualTo(durresCase);

        // Kamëz finds it recorded another child: its referral moves to a case and a record of its own
        as("police.kamza").contentType(ContentType.JSON).body(Intakes.of("Arbana", familyName, "Durrës"))
                .when().put(PackagedServices.url("police-intake-service") + "/intakes/" + kamezIntake)
                .then().statusCode(200);
        String kamezCase = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> caseOfIntake(kamezIntake, "cpu.durres.supervisor"), found -> !durresCase.equals(found));
        as("cpu.durres.worker").when().get(caseService("/cases/" + kamezCase)).then().statusCode(200)
                .body("child.givenName", equalTo("Arbana"));
        as("cpu.durres.worker").when().get(caseService("/cases/" + durresCase)).then().statusCode(200)
                .body("child.givenName", equalTo("Arta"));
        assertThat(child(kamezCase, "cpu.durres.worker")).isNotEqualTo(child(durresCase, "cpu.durres.worker"));
    }

    /** Records an intake as the station's team and returns its id. */
    private static String record(String team, String body) {
        return as(team).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).when().post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");
    }

    /** The case opened for the intake's referral, as the CPU's supervisor finds it. */
    private static String caseOfIntake(String intakeId, String supervisor) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<Map<String, Object>> referrals = as(supervisor).queryParam("limit", 500)
                    .when().get(PackagedServices.url("referral-service") + "/referrals").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            Object referralId = referrals.stream().filter(r -> intakeId.equals(r.get("intakeId")))
                    .map(r -> r.get("id")).findFirst().orElse(null);
            if (referralId == null) {
                return null;
            }
            List<Map<String, Object>> tasks = as(supervisor).queryParam("limit", 500).when()
                    .get(caseService("/tasks")).then().statusCode(200).extract().jsonPath().getList("$");
            return tasks.stream().filter(t -> referralId.equals(t.get("referralId")))
                    .map(t -> (String) t.get("caseId")).findFirst().orElse(null);
        }, found -> found != null);
    }

    private static String child(String caseId, String worker) {
        return as(worker).when().get(caseService("/cases/" + caseId)).then().statusCode(200).extract()
                .path("childId");
    }

    private static Map<String, Object> awaitNotice(String supervisor, String ownChild) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> as(supervisor).queryParam("limit", 500).when().get(caseService("/child-matches")).then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                        .filter(m -> m.get("child") instanceof Map<?, ?> c && ownChild.equals(c.get("id")))
                        .findFirst().orElse(null),
                found -> found != null);
    }

    private static List<String> supervisorTaskKinds(String supervisor, String caseId) {
        return as(supervisor).queryParam("limit", 500).when().get(caseService("/tasks/mine")).then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(t -> caseId.equals(t.get("caseId"))).map(t -> (String) t.get("kind")).toList();
    }

    private static String caseService(String path) {
        return PackagedServices.url("case-service") + path;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
    }
}
