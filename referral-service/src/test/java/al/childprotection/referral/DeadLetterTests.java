package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Poison messages on intake.events go to referral-service's dead-letter topic with the reason and do not stop
 * the consumer; a platform administrator sees them, their number is a metric, and once the cause is fixed a
 * replay makes the referral that was missing.
 */
@QuarkusTest
class DeadLetterTests {

    private static final String DEAD_LETTERS = "intake.events.referral-service.dlt";
    private static final String NEXT_VERSION = "al.childprotection.intake.recorded.v2";
    private static final List<String> SMALL_MUNICIPALITIES = List.of("Finiq", "Konispol", "Libohovë", "Këlcyrë",
            "Memaliaj", "Poliçan", "Skrapar", "Klos", "Belsh", "Peqin", "Pukë", "Has", "Tropojë", "Mallakastër",
            "Selenicë", "Dropull", "Devoll", "Kolonjë", "Delvinë", "Himarë");

    @Inject
    ChildProtectionUnitRepository units;

    /** The gauge as /q/metrics shows it; that endpoint is on the management interface (see TokenAudienceIT). */
    @Inject
    MeterRegistry meters;

    @Test
    void aMalformedEventAndAnUnknownVersionAreDeadLetteredWithTheReasonAndTheNextIntakeIsStillReferred() {
        IntakeRecorded next = Intakes.atKamza("Durrës");
        String key = next.intakeId().toString();
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            String malformed = publisher.publishCloudEvent("intake.events", EventType.INTAKE_RECORDED.ceType(), key,
                    "{\"intakeId\": \"not a uuid\", \"situations\": 7}");
            String newer = publisher.publishCloudEvent("intake.events", NEXT_VERSION, key,
                    "{\"intakeId\": \"" + key + "\", \"somethingNew\": true}");
            publisher.publish(EventType.INTAKE_RECORDED, next.intakeId(), next, key);

            ConsumerRecord<String, String> first = deadLetters.await(
                    r -> malformed.equals(EventTap.header(r, "ce_id")), Duration.ofSeconds(60));
            assertThat(EventTap.header(first, "dead-letter-topic")).isEqualTo("intake.events");
            assertThat(EventTap.header(first, "dead-letter-reason")).contains("malformed payload");
            ConsumerRecord<String, String> second = deadLetters.await(
                    r -> newer.equals(EventTap.header(r, "ce_id")), Duration.ofSeconds(60));
            assertThat(EventTap.header(second, "dead-letter-reason")).contains("unknown type").contains(NEXT_VERSION);

            // the partition was not blocked: the intake behind the two poison messages became a referral
            assertThat(ReferralRoutingTests.awaitReferral(next, "sarpc.analyst")).containsEntry("cpuCode", "cpu-durres");

            // the administrator sees both, with their reasons; the payload (a child's details) is not shown
            List<Map<String, Object>> letters = await().atMost(Duration.ofSeconds(30))
                    .until(() -> letters(), found -> found.stream().map(l -> l.get("eventId")).toList()
                            .containsAll(List.of(malformed, newer)));
            Map<String, Object> unknown = letters.stream().filter(l -> newer.equals(l.get("eventId"))).findFirst()
                    .orElseThrow();
            assertThat(unknown).containsEntry("eventType", NEXT_VERSION).containsEntry("sourceTopic", "intake.events")
                    .containsEntry("key", key).doesNotContainKey("payload");
            assertThat((String) unknown.get("reason")).contains("unknown type");

            // and the depth is a metric
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterDepth() >= 2);
        }
    }

    @Test
    void anIntakeForAMunicipalityWithoutAnActiveCpuWaitsAsADeadLetterAndIsReferredWhenReplayedAfterTheFix()
            throws Throwable {
        // a different small municipality each run, so that letters of earlier runs on a long-lived broker do not
        // meet a CPU that is away again and hold up the partition with their retries
        String municipality = SMALL_MUNICIPALITIES.get(new Random().nextInt(SMALL_MUNICIPALITIES.size()));
        String cpu = given().auth().oauth2(TestTokens.of("sarpc.analyst")).queryParam("municipality", municipality)
                .when().get("/directory/child-protection-units")
                .then().statusCode(200).extract().jsonPath().getString("find { it.administrativeUnit == null }.code");
        IntakeRecorded intake = Intakes.atKamza(municipality);
        // The API never lets the last CPU of a municipality go (422); a directory broken some other way, e.g. by
        // hand in the database, is what this guards against.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> units.update("active = false where code = ?1", cpu)));
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake,
                    intake.intakeId().toString());
            // retried with back-off first (the directory may be mid-edit), then set aside
            ConsumerRecord<String, String> dead = deadLetters.await(r -> eventId.equals(EventTap.header(r, "ce_id")),
                    Duration.ofSeconds(180));
            assertThat(EventTap.header(dead, "dead-letter-reason")).contains("no active CPU for " + municipality);
            assertThat(ReferralRoutingTests.referralsFor(intake, "sarpc.analyst")).isEmpty();
        } finally {
            setActive(municipality, cpu, true); // the fix, by the administrator
        }

        as("platform.admin").when().post("/dead-letters/" + DEAD_LETTERS + "/replay")
                .then().statusCode(200).body("topic", equalTo(DEAD_LETTERS));

        // behind whatever else waited on the topic, each letter retried again if it still fails
        Map<String, Object> referral = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ReferralRoutingTests.referralsFor(intake, "sarpc.analyst"), found -> !found.isEmpty())
                .get(0);
        assertThat(referral).containsEntry("cpuCode", cpu);
    }

    @Test
    void onlyAPlatformAdministratorSeesOrReplaysDeadLetters() {
        given().when().get("/dead-letters").then().statusCode(401);
        given().when().post("/dead-letters/" + DEAD_LETTERS + "/replay").then().statusCode(401);
        for (String user : List.of("cpu.tirana.supervisor", "sarpc.analyst", "police.kamza")) {
            as(user).when().get("/dead-letters").then().statusCode(403);
            as(user).when().get("/dead-letters/" + DEAD_LETTERS).then().statusCode(403);
            as(user).when().post("/dead-letters/" + DEAD_LETTERS + "/replay").then().statusCode(403);
        }
        as("platform.admin").when().get("/dead-letters/no.such.topic.dlt").then().statusCode(404)
                .contentType("application/problem+json");
        as("platform.admin").queryParam("limit", -1).when().get("/dead-letters").then().statusCode(400);
        as("platform.admin").when().get("/dead-letters").then().statusCode(200)
                .body("topic", org.hamcrest.Matchers.hasItems(DEAD_LETTERS, "case.events.referral-service.dlt"));
    }

    private static List<Map<String, Object>> letters() {
        return as("platform.admin").queryParam("limit", 500).when().get("/dead-letters/" + DEAD_LETTERS)
                .then().statusCode(200).body("channel", equalTo("intake-events"))
                .extract().jsonPath().getList("letters");
    }

    private double deadLetterDepth() {
        Gauge depth = meters.find("platform.dead.letters").tag("topic", DEAD_LETTERS).gauge();
        return depth == null ? -1 : depth.value();
    }

    private static void setActive(String municipality, String cpu, boolean active) {
        String name = as("sarpc.analyst").queryParam("municipality", municipality)
                .when().get("/directory/child-protection-units")
                .then().statusCode(200).extract().jsonPath().getString("find { it.code == '" + cpu + "' }.name");
        as("platform.admin").contentType(ContentType.JSON).body(Map.of("name", name, "active", active))
                .when().put("/directory/child-protection-units/" + cpu).then().statusCode(200);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.of(user));
    }
}
