package al.childprotection.shelter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the placement tests share: who calls, and the events that a step must publish, valid. */
final class Placements {

    static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private Placements() {
    }

    static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser)).contentType(ContentType.JSON);
    }

    /** A request for a child alone, made by a Tirana CPU worker; its id. */
    static String aChildAloneRequested() {
        return as("cpu.tirana.worker1").body(Map.of("kind", "CHILD_ALONE")).post("/placement-requests")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * A referral to the CPU of {@code municipality} from an intake at {@code station}, published as referral-service
     * publishes it: shelter-service knows it once it has consumed the event (see {@link #requested}).
     */
    static UUID aReferral(String cpuCode, String municipality, String station) {
        UUID referralId = UUID.randomUUID();
        UUID intakeId = UUID.randomUUID();
        Instant now = Instant.now();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referralId, new ReferralCreated(referralId, intakeId,
                    cpuCode, "CPU " + municipality, municipality, Priority.NORMAL,
                    new ChildSummary("Drita", "Kola", LocalDate.of(2014, 1, 9), null, Sex.FEMALE),
                    List.of(Situation.VICTIM), RiskLevel.MEDIUM, "residence: " + municipality, now,
                    now.plus(Duration.ofHours(24)), station), intakeId.toString());
        }
        return referralId;
    }

    /**
     * Waits until shelter-service has consumed every referral event published so far under {@code key}: a marker
     * referral sent on the same key (so the same partition, after them) is known once a request naming it is refused
     * for its shelter rather than for the referral. Nothing is stored by the probe.
     */
    static void referralEventsConsumedUpTo(UUID key) {
        UUID marker = UUID.randomUUID();
        Instant now = Instant.now();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, key, new ReferralCreated(marker, UUID.randomUUID(),
                    "cpu-tirane", "CPU Tiranë", "Tiranë", Priority.NORMAL,
                    new ChildSummary("Drita", "Kola", LocalDate.of(2014, 1, 9), null, Sex.FEMALE),
                    List.of(Situation.VICTIM), RiskLevel.MEDIUM, "residence: Tiranë", now,
                    now.plus(Duration.ofHours(24)), "PS-KAMEZ"), key.toString());
        }
        requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId", marker, "shelterCode", "nowhere"))
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.equalTo(List.of("shelterCode")));
    }

    /** The case a CPU opened for {@code referralId} (or for none), published as case-service publishes it. */
    static UUID aCase(UUID referralId, String cpuCode, String municipality) {
        UUID caseId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.CASE_OPENED, caseId, new CaseOpened(caseId, UUID.randomUUID(), referralId,
                    cpuCode, municipality, Instant.now()), String.valueOf(referralId));
        }
        return caseId;
    }

    /**
     * The answer to a placement request once the ids it names have reached shelter-service: until then it is 422
     * ("not known yet, try again shortly"), which is what a caller sees in the seconds after the referral is made.
     */
    static Response requested(String demoUser, Map<String, ?> body) {
        return await().atMost(EVENT_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> as(demoUser).body(body).post("/placement-requests"), r -> r.statusCode() != 422
                        || !r.asString().contains("not known to the shelter service"));
    }

    /** The event of the given type about the given aggregate, checked against its schema; its payload. */
    static JsonNode published(EventTap tap, EventType type, String key) {
        return published(tap, type, key, "");
    }

    /** The first event of that type and key whose payload contains {@code text} (the tap may hold earlier ones). */
    static JsonNode published(EventTap tap, EventType type, String key, String text) {
        ConsumerRecord<String, String> record = tap.await(EventTap.ofType(type.ceType())
                .and(r -> key.equals(r.key()) && r.value().contains(text)), EVENT_WAIT);
        assertThat(EventSchemas.violations(type.ceType(), record.value())).isEmpty();
        assertThat(EventTap.header(record, "ce_subject")).isEqualTo(key);
        assertThat(EventTap.header(record, "ce_source")).isEqualTo("shelter-service");
        return payload(record);
    }

    /** The record's payload as JSON. */
    static JsonNode payload(ConsumerRecord<String, String> record) {
        try {
            return EventSchemas.mapper().readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The last capacity event of a shelter for one kind of bed, checked against its schema. */
    static JsonNode capacityPublished(EventTap tap, String shelter, String kind, int occupied) {
        ConsumerRecord<String, String> record = tap.await(EventTap.ofType(
                EventType.PLACEMENT_CAPACITY_CHANGED.ceType())
                .and(r -> shelter.equals(r.key()) && r.value().contains("\"" + kind + "\"")
                        && r.value().contains("\"occupied\":" + occupied + ",")), EVENT_WAIT);
        assertThat(EventSchemas.violations(EventType.PLACEMENT_CAPACITY_CHANGED.ceType(), record.value())).isEmpty();
        try {
            return EventSchemas.mapper().readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static int occupied(String shelterCode, String kind) {
        return as("sarpc.analyst").get("/shelters/" + shelterCode).then().statusCode(200)
                .extract().path("beds.find { it.kind == '" + kind + "' }.occupied");
    }
}
