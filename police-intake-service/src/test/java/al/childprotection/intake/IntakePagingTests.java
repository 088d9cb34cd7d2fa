package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A station's intake list pages: a Link to the next page, every intake met once, newest contact first, and the
 * filters kept from page to page. Durrës records only here (the validation tests keep Vorë empty).
 */
@QuarkusTest
@TestSecurity(user = "police.durres", roles = "police-psychosocial")
@OidcSecurity(claims = @Claim(key = "police_station", value = "PS-DURRES"))
class IntakePagingTests {

    @Test
    void pagingMeetsEveryIntakeOnceNewestContactFirstWhileNewOnesArrive() {
        List<String> mine = new ArrayList<>();
        // three share one contact time: the id orders them, and no page boundary between them loses one
        for (String contactAt : List.of("2026-07-03T10:00:00Z", "2026-07-03T10:00:00Z", "2026-07-03T10:00:00Z",
                "2026-07-01T08:00:00Z", "2026-07-04T16:30:00Z", "2026-07-02T12:00:00Z", "2026-07-05T09:00:00Z")) {
            mine.add(record(contactAt, "Dea"));
        }
        String range = "/intakes?from=2026-07-01&to=2026-07-05";
        List<Map<String, Object>> whole = given().queryParam("limit", 500).when().get(range).then()
                .statusCode(200).header("Link", equalTo(null)).extract().jsonPath().getList("$");

        Response first = LinkedPages.page(given(), range + "&limit=2");
        assertThat(first.jsonPath().getList("$")).hasSize(2);
        String next = LinkedPages.next(first);
        assertThat(next).contains("cursor=").contains("limit=2").contains("from=2026-07-01").contains("to=2026-07-05");
        // recorded between two pages: one newer than the page shown (it comes on a new pass), one older (a later
        // page shows it); neither makes a row appear twice or not at all
        String newer = record("2026-07-05T20:00:00Z", "Dea");
        String older = record("2026-07-01T07:00:00Z", "Dea");
        List<Map<String, Object>> paged = new ArrayList<>(first.jsonPath().getList("$"));
        paged.addAll(LinkedPages.all(() -> given(), next));

        List<Object> ids = paged.stream().map(row -> row.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(mine).contains(older)
                .containsAll(whole.stream().map(row -> row.get("id")).toList());
        List<Instant> contacts = paged.stream().map(row -> Instant.parse((String) row.get("contactAt"))).toList();
        assertThat(contacts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(LinkedPages.all(() -> given(), range + "&limit=1")).extracting(row -> row.get("id"))
                .doesNotHaveDuplicates().contains(newer, older).containsAll(mine);
    }

    /** Filtered by the referral's status: each intake by where its referral stands, none before it arrived. */
    @Test
    void theReferralStatusFilterShowsOnlyIntakesWhoseReferralStandsThere() {
        String created = record("2026-07-10T09:00:00Z", "Arta");
        String acknowledged = record("2026-07-10T10:00:00Z", "Blerta");
        String noReferralYet = record("2026-07-10T11:00:00Z", "Dorina");
        String alsoCreated = record("2026-07-10T12:00:00Z", "Enkela");
        try (EventPublisher publisher = new EventPublisher()) {
            referralOf(publisher, created);
            UUID second = referralOf(publisher, acknowledged);
            referralOf(publisher, alsoCreated);
            publisher.publish(EventType.REFERRAL_ACKNOWLEDGED, second,
                    new ReferralAcknowledged(second, "cpu-durres", "Durrës", "cpu.durres.worker", Instant.now()),
                    acknowledged);
            awaitStatus(acknowledged, "ACKNOWLEDGED");
            awaitStatus(created, "CREATED");
            awaitStatus(alsoCreated, "CREATED");
        }
        String day = "&from=2026-07-10&to=2026-07-10";
        List<String> mine = List.of(created, acknowledged, noReferralYet, alsoCreated);

        assertThat(idsOf(mine, "/intakes?referralStatus=CREATED" + day)).containsExactly(alsoCreated, created);
        assertThat(idsOf(mine, "/intakes?referralStatus=ACKNOWLEDGED" + day)).containsExactly(acknowledged);
        assertThat(idsOf(mine, "/intakes?referralStatus=CREATED&referralStatus=ACKNOWLEDGED" + day))
                .containsExactly(alsoCreated, acknowledged, created);
        assertThat(idsOf(mine, "/intakes?referralStatus=CLOSED" + day)).isEmpty();
        assertThat(idsOf(mine, "/intakes?limit=500" + day)).containsExactly(alsoCreated, noReferralYet, acknowledged,
                created);

        // the filter holds on every page: its link keeps it
        Response page = LinkedPages.page(given(), "/intakes?referralStatus=CREATED&limit=1" + day);
        assertThat(page.jsonPath().getList("id")).containsExactly(alsoCreated);
        assertThat(LinkedPages.next(page)).contains("referralStatus=CREATED");
        List<Map<String, Object>> paged = LinkedPages.all(() -> given(),
                "/intakes?referralStatus=CREATED&limit=1" + day);
        assertThat(paged).extracting(row -> row.get("id")).filteredOn(mine::contains)
                .containsExactly(alsoCreated, created);
        assertThat(paged).allSatisfy(row -> assertThat(((Map<?, ?>) row.get("referral")).get("status"))
                .isEqualTo("CREATED"));
    }

    @Test
    void aBadCursorLimitStatusOrDayIsRefusedNamingTheParameter() {
        refused("cursor", "not-a-cursor");
        refused("cursor", Base64.getUrlEncoder().encodeToString("yesterday\u001fnobody".getBytes()));
        refused("cursor", Base64.getUrlEncoder().encodeToString("2026-07-01T00:00:00Z".getBytes()));
        refused("limit", "0");
        refused("limit", "501");
        refused("limit", "ten");
        refused("referralStatus", "LOST");
        refused("referralStatus", "created");
        refused("from", "1st of July");
        refused("to", "2026-13-01");
        given().queryParam("from", "2026-07-02").queryParam("to", "2026-07-01").when().get("/intakes").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
    }

    private static void refused(String parameter, String value) {
        given().queryParam(parameter, value).when().get("/intakes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    /** The ids of {@code mine} the list shows, in its order. */
    private static List<Object> idsOf(List<String> mine, String address) {
        return given().when().get(address).then().statusCode(200).extract().jsonPath().getList("id").stream()
                .filter(mine::contains).map(id -> (Object) id).toList();
    }

    private static String record(String contactAt, String givenName) {
        return given().contentType(ContentType.JSON).body(IntakeSamples.metAt(contactAt, givenName, "Durrës"))
                .when().post("/intakes").then().statusCode(201).extract().path("id");
    }

    private static UUID referralOf(EventPublisher publisher, String intakeId) {
        UUID referralId = UUID.randomUUID();
        Instant now = Instant.now();
        publisher.publish(EventType.REFERRAL_CREATED, referralId, new ReferralCreated(referralId,
                UUID.fromString(intakeId), "cpu-durres", "Njësia për Mbrojtjen e Fëmijëve, Bashkia Durrës", "Durrës",
                Priority.NORMAL, new ChildSummary("Arta", "Çela", LocalDate.of(2013, 4, 2), null, Sex.FEMALE),
                List.of(Situation.VICTIM), RiskLevel.MEDIUM, "residence Durrës", now, now.plusSeconds(86_400)),
                intakeId);
        return referralId;
    }

    /** The first event of a run may wait for the consumer to join its group and catch up with the topic. */
    private static void awaitStatus(String intakeId, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                .when().get("/intakes/" + intakeId).then().statusCode(200).body("referral.status", equalTo(status)));
    }
}
