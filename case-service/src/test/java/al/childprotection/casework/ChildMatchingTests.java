package al.childprotection.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.Sex;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The same child referred by different agencies, on the real broker and database: one record, or a proposal. */
@QuarkusTest
@ExtendWith(Staff.class)
class ChildMatchingTests {

    /**
     * Each test's children are born on a day of their own: the database keeps the children of earlier tests, and
     * same-day children with near names would rightly be proposed as matches.
     */
    private final LocalDate born = LocalDate.of(2006, 1, 1).plusDays(new java.util.Random().nextInt(4000));

    @Test
    void aTransliteratedNameIsProposedAndConfirmingMergesTheRecordsWithATrail() {
        String tag = tag();
        Map<String, Object> first = referAndAwaitCase(new ChildSummary("Xhesika", "Çeliku " + tag, born, null,
                Sex.FEMALE));
        Map<String, Object> second = referAndAwaitCase(new ChildSummary("Jesika", "Cheliku " + tag, born, null,
                Sex.FEMALE));
        assertThat(second.get("childId")).isNotEqualTo(first.get("childId"));

        Map<String, Object> match = awaitProposal((String) second.get("childId"));
        assertThat(match).containsEntry("certainty", "PROBABLE").containsEntry("status", "PROPOSED");
        assertThat((Map<String, Object>) match.get("candidate")).containsEntry("id", first.get("childId"));
        assertThat((List<String>) match.get("reasons")).contains("names that sound the same", "same date of birth");
        as("cpu.durres.worker").when().get("/child-matches").then().statusCode(200)
                .body("id", not(hasItem(match.get("id"))));
        as("cpu.durres.worker").when().post("/child-matches/" + match.get("id") + "/confirmation").then()
                .statusCode(403).contentType("application/problem+json");

        as("cpu.tirana.worker2").when().post("/child-matches/" + match.get("id") + "/confirmation").then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo("cpu.tirana.worker2"));
        as("cpu.tirana.worker1").when().post("/child-matches/" + match.get("id") + "/confirmation").then()
                .statusCode(409);

        // one child now: the newer record points at the older; its case closed as merged, its task moved over
        as("cpu.tirana.worker1").when().get("/children/" + second.get("childId")).then().statusCode(200)
                .body("mergedInto", equalTo(first.get("childId")));
        as("cpu.tirana.worker1").when().get("/cases/" + second.get("id")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("childId", equalTo(first.get("childId")));
        List<String> tasks = as("cpu.tirana.worker1").when().get("/cases/" + first.get("id")).then().statusCode(200)
                .extract().jsonPath().getList("tasks.referralId");
        assertThat(tasks).hasSize(2);
        as("cpu.tirana.worker1").when().get("/cases/" + first.get("id") + "/timeline").then().statusCode(200)
                .body("kind", hasItem("CASE_MERGED"));
        as("cpu.tirana.worker1").queryParam("status", "CONFIRMED").when().get("/child-matches").then()
                .statusCode(200).body("id", hasItem(match.get("id")));
    }

    @Test
    void theSameChildTypedWithoutAlbanianLettersJoinsTheRecordAndARejectedProposalMergesNothing() {
        String tag = tag();
        Map<String, Object> first = referAndAwaitCase(new ChildSummary("Ardit", "Hoxha " + tag, born, null,
                Sex.MALE));
        Map<String, Object> retyped = referAndAwaitCase(new ChildSummary("  ARDIT", "hoxha  " + tag, born, null,
                Sex.MALE));
        assertThat(retyped.get("childId")).isEqualTo(first.get("childId"));

        Map<String, Object> slip = referAndAwaitCase(new ChildSummary("Ardit", "Hoxhaj " + tag, born, null,
                Sex.MALE));
        Map<String, Object> match = awaitProposal((String) slip.get("childId"));
        as("cpu.tirana.supervisor").when().post("/child-matches/" + match.get("id") + "/rejection").then()
                .statusCode(200).body("status", equalTo("REJECTED"));
        as("cpu.tirana.worker1").when().get("/children/" + slip.get("childId")).then().statusCode(200)
                .body("mergedInto", nullValue());
    }

    @Test
    void differentChildrenWithSimilarNamesAreKeptApart() {
        String tag = tag();
        Map<String, Object> arta = referAndAwaitCase(new ChildSummary("Arta", "Leka " + tag, born, null,
                Sex.FEMALE));
        Map<String, Object> arba = referAndAwaitCase(new ChildSummary("Arba", "Leka " + tag, born, null,
                Sex.FEMALE));
        Map<String, Object> younger = referAndAwaitCase(new ChildSummary("Arta", "Leka " + tag, born.plusMonths(3),
                null, Sex.FEMALE));
        Map<String, Object> brother = referAndAwaitCase(new ChildSummary("Arta", "Leka " + tag, born, null,
                Sex.MALE));
        assertThat(List.of(arta, arba, younger, brother)).extracting(c -> c.get("childId")).doesNotHaveDuplicates();
        List<Map<String, Object>> proposals = as("cpu.tirana.worker1").queryParam("limit", 500).when()
                .get("/child-matches").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(proposals).noneMatch(p -> ((Map<?, ?>) p.get("child")).get("familyName").toString().contains(tag));
    }

    @Test
    void aSharedPersonalNumberMergesTheRecordsAndADifferentOneKeepsThemApart() {
        String tag = tag();
        Map<String, Object> older = referAndAwaitCase(new ChildSummary("Besa", "Dervishi " + tag, null, 12,
                Sex.FEMALE));
        Map<String, Object> newer = referAndAwaitCase(new ChildSummary("Besjana", "Dervishaj " + tag, null, 11,
                Sex.FEMALE));
        assertThat(newer.get("childId")).isNotEqualTo(older.get("childId"));
        String number = "J" + (10000000 + (int) (Math.random() * 89999999)) + "A";

        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("personalNumber", number, "motherName", "Mira Dervishi"))
                .when().put("/children/" + older.get("childId") + "/particulars").then().statusCode(200)
                .body("personalNumber", equalTo(number)).body("mergedInto", nullValue());
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("personalNumber", " " + number.toLowerCase() + " "))
                .when().put("/children/" + newer.get("childId") + "/particulars").then().statusCode(200)
                .body("id", equalTo(older.get("childId"))).body("cases.id", hasItem(newer.get("id")));
        as("cpu.tirana.worker1").when().get("/children/" + newer.get("childId")).then().statusCode(200)
                .body("mergedInto", equalTo(older.get("childId")));
    }

    @Test
    void badParticularsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> c = referAndAwaitCase(new ChildSummary("Era", "Kola " + tag(), born, null, Sex.FEMALE));
        String child = "/children/" + c.get("childId");
        as("cpu.tirana.worker1").contentType("application/json")
                .body(Map.of("personalNumber", "12345", "motherName", "Vera Kola"))
                .when().put(child + "/particulars").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("personalNumber"));
        as("cpu.tirana.worker1").contentType("application/json").body("{\"motherName\": [\"Vera\"]}")
                .when().put(child + "/particulars").then().statusCode(400).body("errors[0].field", equalTo("motherName"));
        as("cpu.tirana.worker1").when().get(child).then().statusCode(200).body("motherName", nullValue())
                .body("personalNumber", nullValue());
    }

    @Test
    void childRecordsAndProposalsAreForTheirMunicipalityOnly() {
        Map<String, Object> c = referAndAwaitCase(new ChildSummary("Era", "Kola " + tag(), born, null, Sex.FEMALE));
        String child = "/children/" + c.get("childId");
        given().when().get(child).then().statusCode(401);
        given().when().get("/child-matches").then().statusCode(401);
        given().contentType("application/json").body("{}").when().put(child + "/particulars").then().statusCode(401);
        given().when().post("/child-matches/" + UUID.randomUUID() + "/rejection").then().statusCode(401);
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get(child).then().statusCode(403);
            as(user).when().get("/child-matches").then().statusCode(403);
            as(user).contentType("application/json").body("{}").when().put(child + "/particulars").then()
                    .statusCode(403);
            as(user).when().post("/child-matches/" + UUID.randomUUID() + "/confirmation").then().statusCode(403);
        }
        as("cpu.durres.worker").when().get(child).then().statusCode(403).contentType("application/problem+json");
        as("cpu.durres.worker").contentType("application/json").body(Map.of("motherName", "X"))
                .when().put(child + "/particulars").then().statusCode(403);
        as("cpu.tirana.worker1").when().get("/children/" + UUID.randomUUID()).then().statusCode(404);
        as("cpu.tirana.worker1").when().post("/child-matches/" + UUID.randomUUID() + "/confirmation").then()
                .statusCode(404);
        as("cpu.tirana.worker1").when().get(child).then().statusCode(200).body("motherName", nullValue());
    }

    @Test
    void theSameChildInAnotherMunicipalityIsANoticeToBothSupervisorsNeverTheSameRecord() {
        ChildSummary same = new ChildSummary("Lule", "Marku " + tag(), born, null, Sex.FEMALE);
        Map<String, Object> tirana = referAndAwaitCase(same);
        ReferralCreated toDurres = Referrals.to("cpu-durres", "Durrës", same, Priority.NORMAL);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, toDurres.referralId(), toDurres,
                    toDurres.intakeId().toString());
        }
        String durresCase = (String) await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> FollowUpTaskAssignmentTests.tasksFor(toDurres, "cpu.durres.supervisor"),
                        list -> !list.isEmpty()).get(0).get("caseId");
        String durresChild = as("cpu.durres.worker").when().get("/cases/" + durresCase).then().statusCode(200)
                .extract().path("childId");
        assertThat(durresChild).isNotEqualTo(tirana.get("childId"));
        as("cpu.durres.worker").when().get("/children/" + tirana.get("childId")).then().statusCode(403);

        // the worker's list shows no notice; the supervisor's shows its own record and whom to call, nothing more
        assertThat(as("cpu.durres.worker").queryParam("limit", 500).when().get("/child-matches").then()
                .statusCode(200).extract().asString()).doesNotContain(durresChild);
        Map<String, Object> notice = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> as("cpu.durres.supervisor").queryParam("limit", 500).when().get("/child-matches").then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                        .filter(m -> durresChild.equals(((Map<?, ?>) m.get("child")).get("id"))).toList(),
                        list -> !list.isEmpty()).get(0);
        assertThat(notice).containsEntry("scope", "ACROSS_MUNICIPALITIES").containsEntry("candidate", null)
                .containsEntry("certainty", "SURE");
        assertThat((Map<String, Object>) notice.get("otherCpu")).containsEntry("municipality", "Tiranë")
                .containsEntry("cpuCode", "cpu-tirane").containsEntry("confirmed", false);
        assertThat(notice.toString()).doesNotContain(tirana.get("childId").toString())
                .doesNotContain(tirana.get("id").toString());

        // both supervisors confirm: linked, not merged, and still nobody reads the other's record
        String match = "/child-matches/" + notice.get("id");
        as("cpu.durres.worker").when().post(match + "/confirmation").then().statusCode(403);
        as("cpu.durres.supervisor").when().post(match + "/confirmation").then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        as("cpu.tirana.supervisor").when().post(match + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("child.id", equalTo(tirana.get("childId")));
        as("cpu.durres.worker").when().get("/children/" + durresChild).then().statusCode(200)
                .body("mergedInto", nullValue()).body("cases.id", org.hamcrest.Matchers.contains(durresCase));
        as("cpu.tirana.worker1").when().get("/children/" + durresChild).then().statusCode(403);
    }

    /** Publishes a referral of the child to Tirana's CPU and returns its case once the first task is there. */
    static Map<String, Object> referAndAwaitCase(ChildSummary child) {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", child, Priority.NORMAL);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
        }
        String caseId = (String) FollowUpTaskAssignmentTests.awaitTask(referral).get("caseId");
        return as("cpu.tirana.supervisor").when().get("/cases/" + caseId).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    private static Map<String, Object> awaitProposal(String childId) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> as("cpu.tirana.worker1").queryParam("limit", 500).when().get("/child-matches").then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                        .filter(m -> childId.equals(((Map<?, ?>) m.get("child")).get("id"))).toList(),
                        list -> !list.isEmpty())
                .get(0);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
    }

    static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
