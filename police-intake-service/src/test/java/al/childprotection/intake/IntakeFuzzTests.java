package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import al.childprotection.testsupport.FuzzInputs;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Fuzzed input on POST /intakes (jqwik generators): bodies that are not JSON, every field in turn given a value
 * of another type or removed, odd Unicode and injection strings in every text, oversized bodies. Never a 5xx,
 * and never a partial write: exactly the requests answered 201 left an intake, each with its one event in the
 * outbox. Each request carries an Idempotency-Key of this run, so the count ignores everybody else's intakes.
 */
@QuarkusTest
class IntakeFuzzTests {

    private static final FuzzInputs INPUTS = FuzzInputs.seeded();
    private static final String RUN = "fuzz-" + Long.toHexString(INPUTS.seed()) + "-";
    private static final String VALID = IntakeSamples.childLivingIn("Fuzz", "Tiranë");
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static int created;

    @Test
    void bodiesThatAreNotJsonAreA400AndWriteNothing() throws Throwable {
        for (String body : INPUTS.sample(FuzzInputs.malformed(VALID), FuzzInputs.tries(200))) {
            Response response = post(body);
            if (FuzzInputs.isJson(body)) {
                // a break that still parses, such as a brace inside a field name: an unknown field, ignored
                assertThat(response.statusCode()).as("body %s", body).isIn(201, 400, 422);
            } else {
                assertThat(response.statusCode()).as("malformed body %s", body).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertOnlyAcceptedIntakesWereWritten();
    }

    @Test
    void aFieldOfTheWrongTypeMissingOrUnknownIsRefusedOrHarmlessNeverA5xx() throws Throwable {
        for (String body : INPUTS.sample(FuzzInputs.withOneFieldChanged(VALID), FuzzInputs.tries(300))) {
            Response response = post(body);
            assertThat(response.statusCode()).as("body %s: %s", body, response.asString()).isIn(201, 400, 422);
            if (response.statusCode() != 201) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertOnlyAcceptedIntakesWereWritten();
    }

    @Test
    void oddUnicodeAndInjectionStringsInEveryTextAreStoredAsTextOrRefusedNeverA5xx() throws Throwable {
        for (String body : INPUTS.sample(FuzzInputs.withOddTexts(VALID), FuzzInputs.tries(200))) {
            Response response = post(body);
            assertThat(response.statusCode()).as("body %s: %s", body, response.asString()).isIn(201, 400, 422);
        }
        assertOnlyAcceptedIntakesWereWritten();
    }

    @Test
    void anOversizedBodyIsRefusedWithA413() throws Throwable {
        for (int kilobytes : List.of(300, 1024, 4096)) {
            try {
                assertThat(post(FuzzInputs.oversized(VALID, kilobytes * 1024)).statusCode()).isEqualTo(413);
            } catch (Exception e) {
                // the server may answer 413 and close the connection while the client is still sending
                if (!(e instanceof SocketException)) {
                    throw e;
                }
            }
        }
        assertOnlyAcceptedIntakesWereWritten();
    }

    @AfterAll
    static void report() {
        System.out.printf("[fuzz] POST /intakes: %d inputs tried (seed %d), answers by status %s%n", SENT.get(),
                INPUTS.seed(), STATUSES);
    }

    private static Response post(String body) {
        int n = SENT.incrementAndGet();
        Response response = given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.of("police.kamza"))
                .contentType("application/json; charset=UTF-8").header("Idempotency-Key", RUN + n)
                .body(body).when().post("/intakes");
        synchronized (STATUSES) {
            STATUSES.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 201) {
                created++;
            }
        }
        return response;
    }

    /** Every intake of this run was answered 201, and each has exactly one event waiting in its outbox. */
    private static void assertOnlyAcceptedIntakesWereWritten() throws Throwable {
        long intakes = count("select count(*) from intake where idempotency_key like :run");
        long events = count("select count(*) from outbox_event o join intake i on o.aggregate_id = i.id::text"
                + " where i.idempotency_key like :run and o.event_type = 'al.childprotection.intake.recorded.v1'");
        assertThat(intakes).as("intakes stored").isEqualTo(created);
        assertThat(events).as("intake.recorded events in the outbox").isEqualTo(created);
    }

    private static long count(String sql) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Long.class).setParameter("run", RUN + "%")
                        .getSingleResult())));
    }
}
