package al.childprotection.shelter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
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
