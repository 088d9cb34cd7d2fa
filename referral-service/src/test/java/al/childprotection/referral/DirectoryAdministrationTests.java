package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Platform administrators edit the directory as data; every change lands in the append-only directory_edit log.
 * Test CPUs are created in Pustec (code prefix cpu-test-), which no other test counts or routes to.
 */
@QuarkusTest
class DirectoryAdministrationTests {

    private static final String UNITS = "/directory/child-protection-units";
    private static final String STATIONS = "/directory/police-stations";

    @Inject
    AgroalDataSource database;

    @Test
    void aCpuIsCreatedRenamedAndDeactivatedWithEveryChangeInTheLog() {
        String code = "cpu-test-" + suffix();
        as("platform.admin").body(Map.of("code", code, "name", "Njësia e Provës", "municipality", "pusteci"))
                .when().post(UNITS)
                .then().statusCode(201)
                .body("code", equalTo(code)).body("municipality", equalTo("Pustec")).body("active", equalTo(true));
        as("platform.admin").body(Map.of("name", "Njësia e Provës, Pustec", "active", true))
                .when().put(UNITS + "/" + code)
                .then().statusCode(200).body("name", equalTo("Njësia e Provës, Pustec"));
        as("platform.admin").body(Map.of("name", "Njësia e Provës, Pustec", "active", false))
                .when().put(UNITS + "/" + code)
                .then().statusCode(200).body("active", equalTo(false));

        as("sarpc.analyst").queryParam("municipality", "Pustec").when().get(UNITS)
                .then().statusCode(200).body("code", hasItems("cpu-pustec", code));

        List<Map<String, Object>> edits = edits(code, "sarpc.analyst");
        assertThat(edits).extracting(e -> e.get("action")).containsExactly("DEACTIVATED", "UPDATED", "CREATED");
        assertThat(edits).allSatisfy(e -> assertThat(e).containsEntry("actor", "platform.admin")
                .containsEntry("entity", "CPU").containsEntry("code", code));
        Map<String, Object> created = edits.get(2);
        assertThat(created.get("before")).isNull();
        assertThat(map(created.get("after"))).containsEntry("name", "Njësia e Provës")
                .containsEntry("municipality", "Pustec").containsEntry("active", true);
        Map<String, Object> renamed = edits.get(1);
        assertThat(map(renamed.get("before"))).containsEntry("name", "Njësia e Provës");
        assertThat(map(renamed.get("after"))).containsEntry("name", "Njësia e Provës, Pustec");
        Map<String, Object> deactivated = edits.get(0);
        assertThat(map(deactivated.get("before"))).containsEntry("active", true);
        assertThat(map(deactivated.get("after"))).containsEntry("active", false);
    }

    @Test
    void aPoliceStationIsCreatedRenamedAndDeactivatedWithEveryChangeInTheLog() {
        as("police.kamza").when().get(STATIONS).then().statusCode(200)
                .body("code", hasItems("PS-TIRANE", "PS-KAMEZ", "PS-VORE", "PS-LEZHE", "PS-KRUJE", "PS-KURBIN",
                        "PS-SHENGJIN"));
        as("cpu.tirana.worker1").queryParam("municipality", "Lezha").when().get(STATIONS).then().statusCode(200)
                .body("code", equalTo(List.of("PS-LEZHE", "PS-SHENGJIN")));
        as("cpu.tirana.worker1").when().get(STATIONS + "/PS-KAMEZ").then().statusCode(200)
                .body("name", equalTo("Komisariati i Policisë Kamëz")).body("municipality", equalTo("Kamëz"));

        String code = "PS-TEST-" + suffix().toUpperCase();
        as("platform.admin").body(Map.of("code", code, "name", "Komisariati i Provës", "municipality", "Durresi"))
                .when().post(STATIONS)
                .then().statusCode(201).body("municipality", equalTo("Durrës")).body("active", equalTo(true));
        as("platform.admin").body(Map.of("name", "Komisariati i Provës Durrës", "active", true))
                .when().put(STATIONS + "/" + code).then().statusCode(200);
        as("platform.admin").body(Map.of("name", "Komisariati i Provës Durrës", "active", false))
                .when().put(STATIONS + "/" + code).then().statusCode(200).body("active", equalTo(false));
        as("police.kamza").when().get(STATIONS + "/" + code).then().statusCode(200).body("active", equalTo(false));

        List<Map<String, Object>> edits = edits(code, "platform.admin");
        assertThat(edits).extracting(e -> e.get("action")).containsExactly("DEACTIVATED", "UPDATED", "CREATED");
        assertThat(edits).allSatisfy(e -> assertThat(e).containsEntry("actor", "platform.admin")
                .containsEntry("entity", "POLICE_STATION"));
        assertThat(map(edits.get(1).get("before"))).containsEntry("name", "Komisariati i Provës");
        assertThat(map(edits.get(1).get("after"))).containsEntry("name", "Komisariati i Provës Durrës");
        assertThat(map(edits.get(0).get("after"))).containsEntry("active", false);
    }

    @Test
    void theLogPagesNewestFirstAndMeetsEachEditOnce() {
        String code = "PS-TEST-" + suffix().toUpperCase();
        as("platform.admin").body(Map.of("code", code, "name", "Komisariati 0", "municipality", "Vorë"))
                .when().post(STATIONS).then().statusCode(201);
        for (int i = 1; i <= 4; i++) {
            as("platform.admin").body(Map.of("name", "Komisariati " + i, "active", true))
                    .when().put(STATIONS + "/" + code).then().statusCode(200);
        }
        Response first = as("sarpc.analyst").queryParam("code", code).queryParam("limit", 2).when()
                .get("/directory/edits").then().statusCode(200).body("size()", equalTo(2)).extract().response();
        assertThat(LinkedPages.next(first)).contains("cursor=").contains("limit=2");
        List<Map<String, Object>> all = LinkedPages.all(() -> as("sarpc.analyst"),
                "/directory/edits?code=" + code + "&limit=2");
        assertThat(all).extracting(e -> map(e.get("after")).get("name")).containsExactly("Komisariati 4",
                "Komisariati 3", "Komisariati 2", "Komisariati 1", "Komisariati 0");
        assertThat(all).extracting(e -> ((Number) e.get("position")).longValue()).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        problem(as("platform.admin").queryParam("cursor", "YQ").when().get("/directory/edits"), 400)
                .body("errors.field", hasItem("cursor"));
        problem(as("platform.admin").queryParam("limit", 501).when().get("/directory/edits"), 400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void onlyPlatformAdministratorsEditAndOnlyTheyAndSarpcReadTheLog() {
        String unit = "{\"code\": \"cpu-test-x\", \"name\": \"X\", \"municipality\": \"Pustec\"}";
        String station = "{\"code\": \"PS-TEST-X\", \"name\": \"X\", \"municipality\": \"Pustec\"}";
        String change = "{\"name\": \"X\", \"active\": false}";
        for (String user : List.of("cpu.tirana.worker1", "sarpc.analyst", "police.kamza")) {
            as(user).body(unit).when().post(UNITS).then().statusCode(403);
            as(user).body(change).when().put(UNITS + "/cpu-pustec").then().statusCode(403);
            as(user).body(station).when().post(STATIONS).then().statusCode(403);
            as(user).body(change).when().put(STATIONS + "/PS-KAMEZ").then().statusCode(403);
        }
        for (String user : List.of("cpu.tirana.worker1", "police.kamza")) {
            as(user).when().get("/directory/edits").then().statusCode(403);
        }
        anonymous().body(unit).when().post(UNITS).then().statusCode(401);
        anonymous().body(change).when().put(UNITS + "/cpu-pustec").then().statusCode(401);
        anonymous().when().get(STATIONS).then().statusCode(401);
        anonymous().when().get(STATIONS + "/PS-KAMEZ").then().statusCode(401);
        anonymous().body(station).when().post(STATIONS).then().statusCode(401);
        anonymous().body(change).when().put(STATIONS + "/PS-KAMEZ").then().statusCode(401);
        anonymous().when().get("/directory/edits").then().statusCode(401);
    }

    @Test
    void unknownMunicipalitiesTakenCodesAndUnknownRecordsAreRefused() {
        problem(as("platform.admin").body(Map.of("code", "cpu-test-" + suffix(), "name", "X",
                "municipality", "Atlantis")).when().post(UNITS), 422).body("errors.field", hasItem("municipality"));
        problem(as("platform.admin").body(Map.of("code", "PS-TEST-" + suffix().toUpperCase(), "name", "X",
                "municipality", "Atlantis")).when().post(STATIONS), 422).body("errors.field", hasItem("municipality"));
        problem(as("platform.admin").body(Map.of("code", "cpu-kamez", "name", "X", "municipality", "Kamëz"))
                .when().post(UNITS), 409);
        problem(as("platform.admin").body(Map.of("code", "PS-KAMEZ", "name", "X", "municipality", "Kamza"))
                .when().post(STATIONS), 409);
        problem(as("platform.admin").body(Map.of("name", "X", "active", true)).when().put(UNITS + "/cpu-nowhere"),
                404);
        problem(as("platform.admin").body(Map.of("name", "X", "active", true)).when().put(STATIONS + "/PS-NOWHERE"),
                404);
        problem(as("platform.admin").body(Map.of("code", "Not A Code", "name", "X", "municipality", "Kamëz"))
                .when().post(UNITS), 400).body("errors.field", hasItem("code"));
        problem(as("platform.admin").body(Map.of("name", "X")).when().put(UNITS + "/cpu-kamez"), 400)
                .body("errors.field", hasItem("active"));
        assertThat(edits("cpu-kamez", "platform.admin")).isEmpty();
        assertThat(edits("PS-KAMEZ", "platform.admin")).isEmpty();
    }

    @Test
    void theLastActiveCpuOfAMunicipalityCannotBeDeactivated() {
        problem(as("platform.admin")
                .body(Map.of("name", "Njësia për Mbrojtjen e Fëmijëve, Bashkia Kamëz", "active", false))
                .when().put(UNITS + "/cpu-kamez"), 409);
        as("sarpc.analyst").queryParam("municipality", "Kamza").when().get(UNITS)
                .then().statusCode(200).body("active", equalTo(List.of(true)));
        assertThat(edits("cpu-kamez", "platform.admin")).isEmpty();
    }

    @Test
    void aDeactivatedTiranaUnitCpuNoLongerReceivesReferralsTheMunicipalCpuDoes() {
        String name = "Njësia për Mbrojtjen e Fëmijëve, Tiranë, Njësia Administrative Nr. 7";
        try {
            as("platform.admin").body(Map.of("name", name, "active", false)).when().put(UNITS + "/cpu-tirane-nj07")
                    .then().statusCode(200).body("active", equalTo(false));

            IntakeRecorded intake = Intakes.atKamza("Tiranë", "Njësia Administrative Nr. 7", Situation.WITNESS,
                    RiskLevel.LOW);
            try (EventPublisher publisher = new EventPublisher()) {
                publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
            }
            assertThat(ReferralRoutingTests.awaitReferral(intake, "sarpc.analyst"))
                    .containsEntry("cpuCode", "cpu-tirane").containsEntry("municipality", "Tiranë");
        } finally {
            as("platform.admin").body(Map.of("name", name, "active", true)).when().put(UNITS + "/cpu-tirane-nj07")
                    .then().statusCode(200).body("active", equalTo(true));
        }
        assertThat(edits("cpu-tirane-nj07", "sarpc.analyst")).extracting(e -> e.get("action"))
                .startsWith("UPDATED", "DEACTIVATED");
    }

    @Test
    void theLogIsAppendOnlyInTheDatabase() throws SQLException {
        as("platform.admin").body(Map.of("code", "PS-TEST-" + suffix().toUpperCase(), "name", "Komisariati i Provës",
                "municipality", "Vora")).when().post(STATIONS).then().statusCode(201);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update directory_edit set actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from directory_edit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(edits(null, "platform.admin")).isNotEmpty()
                .noneMatch(e -> "someone else".equals(e.get("actor")));
    }

    private static List<Map<String, Object>> edits(String code, String reader) {
        RequestSpecification request = as(reader);
        if (code != null) {
            request.queryParam("code", code);
        }
        return request.when().get("/directory/edits").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object snapshot) {
        assertThat(snapshot).isInstanceOf(Map.class);
        return (Map<String, Object>) snapshot;
    }

    private static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.of(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
