package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.FuzzInputs;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Fuzzed input on the referral API (jqwik generators): the lifecycle steps with bodies that are not JSON, with a
 * field of the wrong type or missing, with odd Unicode and injection strings; ids that are not ids; list queries
 * with nonsense parameters. Never a 5xx, and never a partial write: each referral gained exactly one timeline step
 * and one event in the outbox per step that was answered 200, and nothing for any other answer.
 */
@QuarkusTest
class ReferralFuzzTests {

    private static final FuzzInputs INPUTS = FuzzInputs.seeded();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static int sent;

    /** The steps that take a body, with a valid body each, and who may take them on a Tirana referral. */
    private record Step(String path, String validBody, String user) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("rejection", "{\"reason\": \"The child lives in another municipality\"}", "cpu.tirana.supervisor"),
            new Step("redirection", "{\"cpuCode\": \"cpu-durres\", \"reason\": \"Lives in Durrës\"}",
                    "cpu.tirana.supervisor"),
            new Step("closure", "{\"outcome\": \"Reunited with the family, followed up\"}", "cpu.tirana.worker1"),
            new Step("revocation", "{\"reason\": \"Recorded at the wrong station\"}", "police.kamza"));

    @Test
    void lifecycleStepsWithFuzzedBodiesAreRefusedOrTakenWholeNeverA5xx() throws Throwable {
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            referrals.add(newTiranaReferral());
        }
        Map<String, Integer> stepsBefore = new HashMap<>();
        Map<String, Long> eventsBefore = new HashMap<>();
        for (String id : referrals) {
            stepsBefore.put(id, timeline(id));
            eventsBefore.put(id, outboxEvents(id));
        }
        Map<String, Integer> taken = new HashMap<>();

        int tries = FuzzInputs.tries(150);
        for (Step step : STEPS) {
            Arbitrary<String> bodies = Arbitraries.oneOf(FuzzInputs.malformed(step.validBody()),
                    FuzzInputs.withOneFieldChanged(step.validBody()), FuzzInputs.withOddTexts(step.validBody()));
            List<String> sample = INPUTS.sample(bodies, tries);
            for (int i = 0; i < sample.size(); i++) {
                String id = referrals.get(i % referrals.size());
                Response response = send(step.user(), "/referrals/" + id + "/" + step.path(), sample.get(i));
                assertThat(response.statusCode()).as("%s %s: %s", step.path(), sample.get(i), response.asString())
                        .isIn(200, 400, 403, 409, 422);
                if (response.statusCode() == 200) {
                    taken.merge(id, 1, Integer::sum);
                }
            }
        }

        for (String id : referrals) {
            int steps = taken.getOrDefault(id, 0);
            assertThat(timeline(id)).as("timeline of %s", id).isEqualTo(stepsBefore.get(id) + steps);
            assertThat(outboxEvents(id)).as("events of %s", id).isEqualTo(eventsBefore.get(id) + steps);
        }
    }

    @Test
    void idsThatAreNotIdsAndNonsenseQueriesAreRefusedNeverA5xx() {
        for (String odd : INPUTS.sample(FuzzInputs.oddStrings(), FuzzInputs.tries(150))) {
            String segment = URLEncoder.encode(odd, StandardCharsets.UTF_8).replace("+", "%20");
            if (!segment.isEmpty()) { // an empty id is /referrals/, the list itself
                assertThat(statusOrClosed(() -> given().auth().oauth2(TestTokens.of("sarpc.analyst"))
                        .urlEncodingEnabled(false).when().get("/referrals/" + segment))).as("id %s", odd)
                        .isIn(400, 404, 405, 414, CLOSED_WHILE_SENDING);
                assertThat(statusOrClosed(() -> given().auth().oauth2(TestTokens.of("cpu.tirana.supervisor"))
                        .urlEncodingEnabled(false).contentType("application/json").body("{\"reason\": \"x\"}")
                        .when().post("/referrals/" + segment + "/rejection"))).as("id %s", odd)
                        .isIn(400, 404, 405, 414, CLOSED_WHILE_SENDING);
            }
            assertThat(statusOrClosed(() -> given().auth().oauth2(TestTokens.of("cpu.tirana.supervisor"))
                    .queryParam("status", odd).queryParam("order", odd).queryParam("limit", odd)
                    .when().get("/referrals"))).as("query %s", odd).isIn(200, 400, 414, CLOSED_WHILE_SENDING);
            // 414 (or the connection closed) when the three of them make the request line too long
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("[fuzz] referral API: %d inputs tried (seed %d), answers by status %s%n", sent,
                INPUTS.seed(), STATUSES);
    }

    private static Response send(String user, String path, String body) {
        return count(given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.of(user)).contentType("application/json; charset=UTF-8").body(body)
                .when().post(path));
    }

    private static int status(Response response) {
        return count(response).statusCode();
    }

    /**
     * The server refused an over-long request line and closed the connection while the rest of the request (its
     * headers or body) was still being sent.
     */
    private static final int CLOSED_WHILE_SENDING = -1;

    private static int statusOrClosed(Supplier<Response> request) {
        try {
            return status(request.get());
        } catch (Exception e) {
            if (!(e instanceof SocketException)) {
                throw e;
            }
            return CLOSED_WHILE_SENDING;
        }
    }

    private static synchronized Response count(Response response) {
        sent++;
        STATUSES.merge(response.statusCode(), 1, Integer::sum);
        return response;
    }

    private static String newTiranaReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        // generous: on a long-lived test broker, letters replayed by DeadLetterTests may be ahead in the partition
        return (String) await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> ReferralRoutingTests.referralsFor(intake, "cpu.tirana.supervisor"), found -> !found.isEmpty())
                .get(0).get("id");
    }

    private static int timeline(String id) {
        return given().auth().oauth2(TestTokens.of("sarpc.analyst")).when().get("/referrals/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static long outboxEvents(String id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :id", Long.class)
                        .setParameter("id", UUID.fromString(id).toString()).getSingleResult())));
    }
}
