package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.CasePlacementRequested;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.ShelterPlacementNeeded;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** The routing's emergency and case work's immediate risk become placement requests, once per child. */
@QuarkusTest
class PlacementNeedsFromEventsTests {

    private static final ChildSummary CHILD = new ChildSummary("Elirë", "Çela", LocalDate.of(2013, 4, 2), null,
            Sex.FEMALE);

    @Test
    void theRoutingsEmergencyBecomesOneRequestEvenWhenCaseWorkAsksAgainOrItIsRedelivered() {
        UUID referralId = UUID.randomUUID();
        UUID intakeId = UUID.randomUUID();
        ShelterPlacementNeeded need = new ShelterPlacementNeeded(referralId, intakeId, "cpu-tirane", "Tiranë",
                "PS-KAMEZ", Priority.EMERGENCY, RiskLevel.HIGH, CHILD, Instant.now());
        try (EventTap tap = EventTap.on(Topics.PLACEMENT); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.SHELTER_PLACEMENT_NEEDED, referralId, need,
                    intakeId.toString());
            ConsumerRecord<String, String> requested = tap.await(EventTap.ofType(
                    EventType.PLACEMENT_REQUESTED.ceType()).and(r -> r.value().contains(referralId.toString())),
                    Placements.EVENT_WAIT);
            String requestId = requested.key();
            assertThat(EventTap.header(requested, "ce_correlationid")).isEqualTo(intakeId.toString());
            assertThat(Placements.published(tap, EventType.PLACEMENT_REQUESTED, requestId).get("origin").asText())
                    .isEqualTo("ROUTING");
            assertThat(requested.value()).doesNotContain("Çela").doesNotContain("Elirë");

            publisher.publish(EventType.SHELTER_PLACEMENT_NEEDED, referralId, need, intakeId.toString(), eventId);
            CasePlacementRequested again = new CasePlacementRequested(UUID.randomUUID(), UUID.randomUUID(),
                    referralId, "cpu-tirane", "Tiranë", CHILD, Instant.now());
            publisher.publish(EventType.CASE_PLACEMENT_REQUESTED, again.caseId(), again, intakeId.toString());

            // a marker after both: once it is a request, the two before it have been consumed
            CasePlacementRequested marker = new CasePlacementRequested(UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), "cpu-tirane", "Tiranë", CHILD, Instant.now());
            publisher.publish(EventType.CASE_PLACEMENT_REQUESTED, marker.caseId(), marker,
                    marker.referralId().toString());
            tap.await(EventTap.ofType(EventType.PLACEMENT_REQUESTED.ceType())
                    .and(r -> r.value().contains(marker.caseId().toString())), Placements.EVENT_WAIT);
            await().atMost(Placements.EVENT_WAIT).untilAsserted(() -> {
                List<String> forReferral = as("sarpc.analyst").get("/placement-requests?limit=500").then()
                        .statusCode(200).extract().jsonPath()
                        .getList("findAll { it.referralId == '" + referralId + "' }.id");
                assertThat(forReferral).containsExactly(requestId);
            });
            assertThat(tap.all(Duration.ofSeconds(1))).filteredOn(r -> r.value().contains(referralId.toString()))
                    .hasSize(1);

            // made by a consumer, with no person behind it: the audit names the service itself, once
            List<Map<String, Object>> created = as("sarpc.analyst").queryParam("child", requestId).get("/audit")
                    .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                    .filter(row -> "placement-request.created".equals(row.get("action"))).toList();
            assertThat(created).singleElement().satisfies(row -> {
                assertThat(row).containsEntry("actor", "shelter-service")
                        .containsEntry("intakeId", referralId.toString())
                        .containsEntry("recordMunicipality", "Tiranë");
                assertThat(row.get("actorRole")).isNull();
                assertThat(row.get("path")).isNull();
            });
        }
    }
}
