package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.DirectoryEntries;
import al.childprotection.contracts.DirectoryStationChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Partitions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The stations that record intakes are the directory's (decision 19): a station it adds records, one it does not
 * know or holds inactive is refused, and an older state of a station never undoes a newer one.
 */
@QuarkusTest
class StationDirectoryTests {

    private static final EventPublisher DIRECTORY = new EventPublisher();

    @Inject
    Pool database;

    /** Readiness as /q/health/ready answers it on the management interface. */
    @Inject
    SmallRyeHealthReporter health;

    @AfterAll
    static void close() {
        DIRECTORY.close();
    }

    @Test
    @TestSecurity(user = "police.rinas", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-TEST-RINAS"))
    void aStationTheDirectoryAddsRecordsAndItsNameShowsOnTheIntake() {
        publish(new DirectoryStationChanged("PS-TEST-RINAS", "Komisariati i Policisë së Aeroportit Rinas", "Tiranë",
                true, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> name("PS-TEST-RINAS") != null);

        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Rina", "Tiranë"))
                .when().post("/intakes")
                .then().statusCode(201)
                .body("stationCode", equalTo("PS-TEST-RINAS"))
                .body("stationName", equalTo("Komisariati i Policisë së Aeroportit Rinas"))
                .body("stationMunicipality", equalTo("Tiranë"));
    }

    @Test
    @TestSecurity(user = "police.nowhere", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-TEST-NOWHERE"))
    void aStationTheDirectoryDoesNotKnowIsRefusedNamingThePoliceStation() {
        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Ana", "Tiranë"))
                .when().post("/intakes")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", hasItem("police_station"));
    }

    @Test
    @TestSecurity(user = "police.closed", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-TEST-CLOSED"))
    void aStationTheDirectoryDeactivatedIsRefusedNamingThePoliceStation() {
        Instant opened = Instant.now().minus(1, ChronoUnit.HOURS);
        publish(new DirectoryStationChanged("PS-TEST-CLOSED", "Komisariati i mbyllur", "Vorë", true, opened));
        DirectoryStationChanged closing = new DirectoryStationChanged("PS-TEST-CLOSED", "Komisariati i mbyllur",
                "Vorë", false, Instant.now());
        publish(closing);
        awaitRead(closing);

        given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Ana", "Vorë"))
                .when().post("/intakes")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", hasItem("police_station"));
    }

    @Test
    void anOlderStateOfAStationNeverUndoesANewerOne() {
        String code = "PS-TEST-" + System.nanoTime();
        Instant now = Instant.now();
        publish(new DirectoryStationChanged(code, "Emri i ri", "Krujë", true, now));
        DirectoryStationChanged older = new DirectoryStationChanged(code, "Emri i vjetër", "Krujë", false,
                now.minus(1, ChronoUnit.DAYS));
        publish(older);
        awaitRead(older);
        assertThat(name(code)).isEqualTo("Emri i ri");
        assertThat(active(code)).isTrue();

        DirectoryStationChanged same = new DirectoryStationChanged(code, "Emri i njëjtë", "Krujë", true, now);
        publish(same);
        awaitRead(same);
        assertThat(name(code)).as("a state as new as the one held applies").isEqualTo("Emri i njëjtë");
    }

    @Test
    void theServiceIsNotReadyWhileItHoldsNoStation() {
        assertThat(stationsCheck()).isEqualTo("UP");
        List<Row> held = new ArrayList<>();
        database.query("delete from police_station returning code, name, municipality, active, changed_at")
                .execute().await().indefinitely().forEach(held::add);
        try {
            assertThat(stationsCheck()).isEqualTo("DOWN");
        } finally {
            for (Row row : held) {
                database.preparedQuery("insert into police_station (code, name, municipality, active, changed_at)"
                        + " values ($1, $2, $3, $4, $5) on conflict (code) do nothing")
                        .execute(Tuple.of(row.getString(0), row.getString(1), row.getString(2), row.getBoolean(3),
                                row.getOffsetDateTime(4)))
                        .await().indefinitely();
            }
        }
        assertThat(stationsCheck()).isEqualTo("UP");
    }

    private String stationsCheck() {
        JsonObject readiness = health.getReadinessAsync().await().indefinitely().getPayload();
        return readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("police stations from the directory"))
                .map(check -> check.getString("status")).findFirst().orElseThrow();
    }

    private static String publish(DirectoryStationChanged station) {
        return DIRECTORY.publish(EventType.DIRECTORY_STATION_CHANGED, station.entryId(), station);
    }

    /**
     * Waits until {@code entry} was read, even when it changed nothing: a sentinel station published after it on its
     * partition is held.
     */
    private void awaitRead(DirectoryStationChanged entry) {
        String sentinel = "PS-SENTINEL-" + Partitions.codeBeside(Topics.DIRECTORY, entry.entryId(),
                DirectoryEntries.STATION + "PS-SENTINEL-");
        publish(new DirectoryStationChanged(sentinel, "Sentinel", "Krujë", false, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> name(sentinel) != null);
    }

    private String name(String code) {
        return column(code, "name");
    }

    private Boolean active(String code) {
        return Boolean.valueOf(column(code, "active::text"));
    }

    private String column(String code, String column) {
        var rows = database.preparedQuery("select " + column + " from police_station where code = $1")
                .execute(Tuple.of(code)).await().indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }
}
