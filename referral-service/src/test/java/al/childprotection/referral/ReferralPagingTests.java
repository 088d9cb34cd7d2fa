package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The referral list pages: a Link to the next page, every referral met once, in the stated order. */
@QuarkusTest
class ReferralPagingTests {

    @Test
    void pagingThroughTheListMeetsEveryReferralOnceInEitherOrder() {
        List<IntakeRecorded> intakes = IntStream.range(0, 7).mapToObj(i -> Intakes.atKamza("Tiranë")).toList();
        try (EventPublisher publisher = new EventPublisher()) {
            intakes.forEach(intake -> publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake,
                    intake.intakeId().toString()));
        }
        List<String> mine = intakes.stream().map(intake -> intake.intakeId().toString()).toList();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> intakeIdsOf(
                as("cpu.tirana.worker1").queryParam("limit", 500).when().get("/referrals").then().statusCode(200)
                        .extract().jsonPath().getList("$")).containsAll(mine));

        for (String order : List.of("newest", "due")) {
            List<Map<String, Object>> whole = as("cpu.tirana.worker1").queryParam("limit", 500)
                    .queryParam("order", order).when().get("/referrals").then().statusCode(200)
                    .header("Link", equalTo(null)).extract().jsonPath().getList("$");
            List<Map<String, Object>> paged = LinkedPages.all(() -> as("cpu.tirana.worker1"),
                    "/referrals?limit=3&order=" + order);
            List<Object> ids = paged.stream().map(r -> r.get("id")).toList();
            assertThat(ids).as(order).doesNotHaveDuplicates()
                    .containsAll(whole.stream().map(r -> r.get("id")).toList());
            assertThat(intakeIdsOf(paged)).containsAll(mine);
            assertThat(paged.size()).isGreaterThan(3);
            assertThat(paged).allSatisfy(r -> assertThat(r.get("municipality")).isEqualTo("Tiranë"));
        }
    }

    @Test
    void theFirstPageLinksToTheNextWithAnOpaqueCursorAndTheSameFilters() {
        seed(4);
        String today = LocalDate.now(ZoneId.of("Europe/Tirane")).toString();
        Response first = as("cpu.tirana.worker1").queryParam("limit", 2).queryParam("status", "CREATED")
                .queryParam("from", today).queryParam("to", today).when().get("/referrals").then().statusCode(200)
                .extract().response();
        assertThat(first.jsonPath().getList("$")).hasSize(2);
        String next = LinkedPages.next(first);
        assertThat(next).contains("cursor=").contains("limit=2").contains("status=CREATED").contains("from=" + today);
        List<Map<String, Object>> second = as("cpu.tirana.worker1").when().get(next).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(second).isNotEmpty().allSatisfy(r -> assertThat(r.get("status")).isEqualTo("CREATED"))
                .noneMatch(r -> first.jsonPath().getList("id").contains(r.get("id")));

        // a range that ended yesterday holds nothing of today
        String yesterday = LocalDate.now(ZoneId.of("Europe/Tirane")).minusDays(1).toString();
        as("cpu.tirana.worker1").queryParam("to", yesterday).when().get("/referrals").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void sarpcPagesOneMunicipalityAndCpuStaffOnlyTheirOwn() {
        seed(2);
        // the links come back percent-encoded, as they are followed
        List<Map<String, Object>> tirana = LinkedPages.all(() -> as("sarpc.analyst").urlEncodingEnabled(false),
                "/referrals?limit=5&municipality=Tiran%C3%AB");
        assertThat(tirana).isNotEmpty().allSatisfy(r -> assertThat(r.get("municipality")).isEqualTo("Tiranë"))
                .allSatisfy(r -> assertThat(r).doesNotContainKey("child"));
        as("cpu.tirana.worker1").queryParam("municipality", "Tiranë").when().get("/referrals").then()
                .statusCode(200);
        as("cpu.tirana.worker1").queryParam("municipality", "Durrës").when().get("/referrals").then()
                .statusCode(403).contentType("application/problem+json");
        given().when().get("/referrals?limit=2").then().statusCode(401);
        as("police.kamza").when().get("/referrals?limit=2").then().statusCode(403);
    }

    @Test
    void aBadCursorLimitOrDayIsRefusedNamingTheParameter() {
        refused("cursor", "not-a-cursor");
        refused("cursor", java.util.Base64.getUrlEncoder().encodeToString("yesterday\u001fnobody".getBytes()));
        refused("limit", "0");
        refused("limit", "501");
        refused("from", "1st of May");
        refused("to", "2026-13-01");
        as("cpu.tirana.worker1").queryParam("from", "2026-12-02").queryParam("to", "2026-12-01").when()
                .get("/referrals").then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void theTimelinePagesInTheOrderTheStepsWereTaken() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        seed(intake);
        String id = (String) ReferralRoutingTests.referralsFor(intake, "cpu.tirana.worker1").get(0).get("id");
        for (String step : List.of("acknowledgement", "acceptance")) {
            as("cpu.tirana.worker1").when().post("/referrals/" + id + "/" + step).then().statusCode(200);
        }
        as("cpu.tirana.worker1").contentType("application/json").body("{\"outcome\": \"Family supported\"}")
                .when().post("/referrals/" + id + "/closure").then().statusCode(200);

        Response first = as("cpu.tirana.worker1").queryParam("limit", 3).when().get("/referrals/" + id + "/timeline")
                .then().statusCode(200).extract().response();
        assertThat(first.jsonPath().getList("toStatus")).containsExactly("CREATED", "ACKNOWLEDGED", "ACCEPTED");
        assertThat(LinkedPages.next(first)).isNotNull();
        assertThat(LinkedPages.all(() -> as("sarpc.analyst"), "/referrals/" + id + "/timeline?limit=1"))
                .extracting(step -> step.get("toStatus"))
                .containsExactly("CREATED", "ACKNOWLEDGED", "ACCEPTED", "CLOSED");
        as("cpu.tirana.worker1").queryParam("cursor", "not-a-cursor").when().get("/referrals/" + id + "/timeline")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        as("cpu.tirana.worker1").queryParam("limit", 0).when().get("/referrals/" + id + "/timeline")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        as("cpu.durres.worker").when().get("/referrals/" + id + "/timeline?limit=1").then().statusCode(403);
        given().when().get("/referrals/" + id + "/timeline?limit=1").then().statusCode(401);
    }

    private static void refused(String parameter, String value) {
        as("cpu.tirana.worker1").queryParam(parameter, value).when().get("/referrals").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    private static void seed(int count) {
        seed(IntStream.range(0, count).mapToObj(i -> Intakes.atKamza("Tiranë")).toArray(IntakeRecorded[]::new));
    }

    private static void seed(IntakeRecorded... seeded) {
        List<IntakeRecorded> intakes = List.of(seeded);
        try (EventPublisher publisher = new EventPublisher()) {
            intakes.forEach(intake -> publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake,
                    intake.intakeId().toString()));
        }
        List<String> ids = intakes.stream().map(intake -> intake.intakeId().toString()).toList();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> intakeIdsOf(
                as("cpu.tirana.worker1").queryParam("limit", 500).when().get("/referrals").then().statusCode(200)
                        .extract().jsonPath().getList("$")).containsAll(ids));
    }

    private static List<Object> intakeIdsOf(List<Map<String, Object>> referrals) {
        return referrals.stream().map(r -> r.get("intakeId")).toList();
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
