package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.CasePlacementRequested;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.DirectoryAgencyChanged;
import al.childprotection.contracts.DirectoryEntries;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Partitions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who a shelter is comes from the directory (decision 19): a shelter it adds is listed with the directory's name;
 * one it does not know, or holds inactive, takes no new placement request and no admission; an older state of a
 * shelter never undoes a newer one. The shelter's rooms stay this service's own.
 */
@QuarkusTest
class ShelterDirectoryTests {

    private static final EventPublisher DIRECTORY = new EventPublisher();

    /** The shelter the directory closes while a child waits there; its staff are a test identity. */
    private static final String CLOSING = "test-closing";

    @Inject
    Pool database;

    /** Readiness as /q/health/ready answers it on the management interface. */
    @Inject
    SmallRyeHealthReporter health;

    @AfterAll
    static void close() {
        DIRECTORY.close();
    }

    /**
     * Readiness waits for the directory's first shelter (a fresh installation's empty view is DOWN). Only the turn to
     * UP is tested: emptying the view under a running consumer that replays the topic would race with it.
     */
    @Test
    void theServiceIsReadyOnceTheDirectoryHasNamedAShelter() {
        JsonObject check = sheltersCheck();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getJsonNumber("shelters").longValue())
                .isGreaterThanOrEqualTo(DirectoryShelters.SHELTERS.size());
    }

    private JsonObject sheltersCheck() {
        JsonObject readiness = health.getReadinessAsync().await().indefinitely().getPayload();
        return readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("shelters from the directory"))
                .findFirst().orElseThrow();
    }

    @Test
    void aShelterTheDirectoryAddsIsListedWithTheDirectorysNameAndNoBedsUntilItsRoomsAreSetUp() {
        String code = "test-new";
        read(new DirectoryAgencyChanged(code, "Strehëza e re", "SHELTER", "Shkodër", true,
                Instant.now()));

        as("police.kamza").get("/shelters/" + code).then().statusCode(200)
                .body("name", equalTo("Strehëza e re")).body("municipality", equalTo("Shkodër"))
                .body("active", equalTo(true)).body("bedsTotal", equalTo(0)).body("bedsFree", equalTo(0));
        as("sarpc.analyst").get("/shelters?municipality=Shkodër&limit=500").then().statusCode(200)
                .body("code", hasItem(code));
        // not in line: a request for a bed there says why
        as("cpu.tirana.worker1").body(Map.of("kind", "CHILD_ALONE", "shelterCode", code)).post("/placement-requests")
                .then().statusCode(422).body("errors.field", equalTo(List.of("shelterCode")))
                .body("detail", containsString("no rooms"));
        read(new DirectoryAgencyChanged(code, "Strehëza e re", "SHELTER", "Shkodër", false,
                Instant.now()));
    }

    @Test
    void aShelterUnknownToTheDirectoryIsNeitherListedNorAskedFor() {
        String code = "test-unlisted-" + System.nanoTime();
        database.preparedQuery("insert into shelter (code, accepts, beds_total, beds_occupied, pass_on_order)"
                + " values ($1, 'children up to 18', 1, 0, 990)").execute(Tuple.of(code)).await().indefinitely();

        as("sarpc.analyst").get("/shelters/" + code).then().statusCode(404).contentType("application/problem+json");
        as("sarpc.analyst").get("/shelters?limit=500").then().statusCode(200).body("code", not(hasItem(code)));
        as("cpu.tirana.worker1").body(Map.of("kind", "CHILD_ALONE", "shelterCode", code)).post("/placement-requests")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("shelterCode")))
                .body("detail", containsString("not a shelter of the directory"));
    }

    @Test
    void aShelterTheDirectoryDeactivatedTakesNoNewRequestNamingTheShelterCode() {
        String code = "test-inactive";
        Instant opened = Instant.now().minus(1, ChronoUnit.HOURS);
        publish(new DirectoryAgencyChanged(code, "Strehëza e mbyllur", "SHELTER", "Vorë", true, opened));
        read(new DirectoryAgencyChanged(code, "Strehëza e mbyllur", "SHELTER", "Vorë", false,
                Instant.now()));

        as("sarpc.analyst").get("/shelters/" + code).then().statusCode(200).body("active", equalTo(false));
        as("sarpc.analyst").get("/shelters?active=true&limit=500").then().statusCode(200)
                .body("code", not(hasItem(code)));
        as("cpu.tirana.worker1").body(Map.of("kind", "CHILD_ALONE", "shelterCode", code)).post("/placement-requests")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("shelterCode")))
                .body("detail", containsString("no longer an active shelter"));
    }

    @Test
    void anOlderStateOfAShelterNeverUndoesANewerOneAndAnotherAgencyIsNoShelter() {
        String code = "test-order";
        Instant now = Instant.now();
        publish(new DirectoryAgencyChanged(code, "Emri i ri", "SHELTER", "Krujë", false, now));
        read(new DirectoryAgencyChanged(code, "Emri i vjetër", "SHELTER", "Krujë", true,
                now.minus(1, ChronoUnit.DAYS)));
        as("sarpc.analyst").get("/shelters/" + code).then().statusCode(200)
                .body("name", equalTo("Emri i ri")).body("active", equalTo(false));

        String agency = "test-agency";
        read(new DirectoryAgencyChanged(agency, "Një agjenci", "NRM", "Tiranë", true, now));
        as("sarpc.analyst").get("/shelters/" + agency).then().statusCode(404);
    }

    /**
     * A child waits at a shelter the directory then closes: its staff cannot admit anyone new (409 naming the
     * shelter), and pass the request on to a shelter that takes placements.
     */
    @Test
    @TestSecurity(user = "staff.closing", roles = "shelter-staff")
    @OidcSecurity(claims = @Claim(key = "shelter", value = CLOSING))
    void aShelterTheDirectoryClosesAdmitsNobodyNewAndItsStaffPassTheRequestOn() {
        read(new DirectoryAgencyChanged(CLOSING, "Strehëza e Kolonjës", "SHELTER", "Kolonjë", true,
                Instant.now()));
        // its rooms are this service's own, set up as a migration sets up a shelter's rooms; last in line
        database.query("update shelter set beds_total = 1, pass_on_order = 950 where code = '" + CLOSING + "'")
                .execute().await().indefinitely();
        database.query("insert into shelter_room (shelter_code, room, kind, beds) values ('" + CLOSING
                + "', 'C1', 'CHILD_ALONE', 1) on conflict do nothing").execute().await().indefinitely();

        CasePlacementRequested asked = new CasePlacementRequested(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "cpu-kolonje", "Kolonjë",
                new ChildSummary("Eni", "Hoxha", LocalDate.of(2015, 5, 2), null, Sex.FEMALE), Instant.now());
        DIRECTORY.publish(EventType.CASE_PLACEMENT_REQUESTED, asked.caseId(), asked, asked.referralId().toString());
        String requestId = await().atMost(Placements.EVENT_WAIT).until(() -> requestIdFor(asked.caseId()),
                id -> id != null);
        given().get("/placement-requests/" + requestId).then().statusCode(200)
                .body("shelterCode", equalTo(CLOSING)).body("status", equalTo("WAITING"));

        read(new DirectoryAgencyChanged(CLOSING, "Strehëza e Kolonjës", "SHELTER", "Kolonjë",
                false, Instant.now()));

        given().post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("shelter")))
                .body("detail", containsString("no longer an active shelter"));
        given().get("/placements").then().statusCode(200).body("size()", equalTo(0));
        given().post("/placement-requests/" + requestId + "/passing-on").then().statusCode(200)
                .body("shelterCode", not(equalTo(CLOSING))).body("passedOnFrom", hasItem(CLOSING));
    }

    private String requestIdFor(UUID caseId) {
        var rows = database.preparedQuery("select id::text from placement_request where case_id = $1")
                .execute(Tuple.of(caseId)).await().indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private static String publish(DirectoryAgencyChanged agency) {
        return DirectoryShelters.publish(DIRECTORY, agency);
    }

    /**
     * Publishes {@code entry} and waits until it was read, even when it changed nothing: a sentinel shelter published
     * after it on its partition is held.
     */
    private void read(DirectoryAgencyChanged entry) {
        publish(entry);
        String sentinel = "test-sentinel-" + Partitions.codeBeside(Topics.DIRECTORY, entry.entryId(),
                DirectoryEntries.AGENCY + "test-sentinel-");
        publish(new DirectoryAgencyChanged(sentinel, "Sentinel", "SHELTER", "Krujë", false, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> database.preparedQuery(
                "select 1 from shelter where code = $1").execute(Tuple.of(sentinel))
                .await().indefinitely().size() == 1);
    }
}
