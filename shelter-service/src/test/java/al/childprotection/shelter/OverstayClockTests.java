package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A child still in the shelter past the end of the stay is announced with {@code placement.overstayed}, for the
 * shelter's staff and the CPU, once per stay end: an extension sets a new end, which is announced in its turn when
 * it passes. However many stays are past their end, each is announced, batch after batch.
 */
@QuarkusTest
class OverstayClockTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "platform.shelter.clock-batch-size")
    int batchSize;

    @Test
    void aStayPastItsEndIsAnnouncedOnceAndAgainWhenItsExtensionEndsToo() {
        UUID referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String requestId = Placements.requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId",
                referralId)).then().statusCode(201).extract().path("id");
        String id = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().path("id");

        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            // admitted 80 hours ago: the 72-hour stay ended 8 hours ago
            database.preparedQuery("update placement set admitted_at = now() - interval '80 hours',"
                    + " stay_ends_at = now() - interval '8 hours' where id = $1")
                    .execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
            Instant firstEnd = Instant.parse(as("shelter.staff").get("/placements/" + id).then().statusCode(200)
                    .extract().path("stayEndsAt"));

            JsonNode first = Placements.published(tap, EventType.PLACEMENT_OVERSTAYED, id);
            assertThat(Instant.parse(first.get("stayEndsAt").asText())).isEqualTo(firstEnd);
            assertThat(first.get("shelterCode").asText()).isEqualTo("house-of-colors");
            assertThat(first.get("referralId").asText()).isEqualTo(referralId.toString());
            assertThat(first.get("cpuCode").asText()).isEqualTo("cpu-tirane");
            assertThat(first.get("municipality").asText()).isEqualTo("Tiranë");
            assertThat(Instant.parse(first.get("detectedAt").asText())).isAfter(firstEnd);

            // extended, with a reason, to an end that has passed too: a new end, announced in its turn
            Instant secondEnd = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            as("shelter.staff").body(Map.of("stayEndsAt", secondEnd.toString(), "reason", "waiting for the court"))
                    .post("/placements/" + id + "/extension").then().statusCode(200);
            Placements.published(tap, EventType.PLACEMENT_OVERSTAYED, id, secondEnd.toString());

            assertThat(overstays(tap.all(Duration.ofSeconds(3)), id)).as("one announcement per stay end")
                    .containsExactly(firstEnd.toString(), secondEnd.toString());
        } finally {
            as("shelter.staff").body(Map.of("destination", "FAMILY_REUNIFICATION"))
                    .post("/placements/" + id + "/discharge").then().statusCode(200);
        }
    }

    @Test
    void everyStayPastItsEndIsAnnouncedOnceHoweverManyBatchesItTakes() {
        int stays = batchSize * 2 + 1;
        assertThat(stays).as("more than two batches").isGreaterThan(2 * batchSize);
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < stays; i++) {
                ids.add(aStayEndedHoursAgo(i + 1).toString());
            }

            for (String id : ids) {
                Placements.published(tap, EventType.PLACEMENT_OVERSTAYED, id);
            }
            List<ConsumerRecord<String, String>> seen = tap.all(Duration.ofSeconds(3));
            for (String id : ids) {
                assertThat(overstays(seen, id)).as("stay %s announced once", id).hasSize(1);
            }
        }
    }

    /** The end of each announcement of the stay's overstay, in the order published. */
    private static List<String> overstays(List<ConsumerRecord<String, String>> seen, String id) {
        return seen.stream()
                .filter(EventTap.ofType(EventType.PLACEMENT_OVERSTAYED.ceType()).and(r -> id.equals(r.key())))
                .map(r -> Instant.parse(Placements.payload(r).get("stayEndsAt").asText()).toString())
                .toList();
    }

    /**
     * A stay at a shelter of the tests' own (not in the directory, so in no list of shelters and no line), admitted
     * as the platform admits, whose 72 hours ended {@code hours} ago.
     */
    private UUID aStayEndedHoursAgo(int hours) {
        database.query("insert into shelter (code, accepts, beds_total, beds_occupied, pass_on_order)"
                + " values ('test-overstay', 'children up to 18', 100, 0, 999) on conflict do nothing")
                .execute().await().indefinitely();
        database.query("insert into shelter_room (shelter_code, room, kind, beds)"
                + " values ('test-overstay', 'C1', 'CHILD_ALONE', 100) on conflict do nothing")
                .execute().await().indefinitely();
        UUID requestId = UUID.randomUUID();
        UUID placementId = UUID.randomUUID();
        database.preparedQuery("insert into placement_request (id, origin, status, kind, children, shelter_code,"
                + " municipality, cpu_code, requested_by, requested_at, updated_at) values ($1, 'CPU_WORKER',"
                + " 'ADMITTED', 'CHILD_ALONE', 1, 'test-overstay', 'Pustec', 'cpu-pustec', 'cpu.pustec.worker',"
                + " now() - interval '100 hours', now())").execute(Tuple.of(requestId)).await().indefinitely();
        database.preparedQuery("insert into placement (id, request_id, shelter_code, room_id, room, kind, beds,"
                + " children, municipality, cpu_code, status, admitted_by, admitted_at, stay_ends_at)"
                + " select $1, $2, 'test-overstay', r.id, 'C1', 'CHILD_ALONE', 1, 1, 'Pustec', 'cpu-pustec',"
                + " 'IN_SHELTER', 'staff.pustec', now() - make_interval(hours => 72 + $3),"
                + " now() - make_interval(hours => $3) from shelter_room r where r.shelter_code = 'test-overstay'")
                .execute(Tuple.of(placementId, requestId, hours)).await().indefinitely();
        return placementId;
    }
}
