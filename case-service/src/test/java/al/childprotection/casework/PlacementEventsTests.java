package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.testsupport.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

/** The shelter's admissions and discharges, on the real broker, reach the child's case. */
@QuarkusTest
@ExtendWith(Staff.class)
class PlacementEventsTests {

    /** The one key that holds the deadline (30 days from the discharge); shelter-service keeps no copy. */
    private static final Duration REINTEGRATION_FOLLOW_UP = ConfigProvider.getConfig()
            .getValue("platform.sla.reintegration-follow-up", Duration.class);

    @Test
    void theReintegrationFollowUpIsDueThirtyDaysAfterTheDischarge() {
        assertThat(REINTEGRATION_FOLLOW_UP).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void anAdmissionAsksForAReviewAndADischargeForAReintegrationFollowUpOnce() {
        Map<String, Object> file = ChildMatchingTests.referAndAwaitCase(Referrals.aChild());
        UUID caseId = UUID.fromString((String) file.get("id"));
        UUID referralId = UUID.fromString((String) file.get("referralId"));
        UUID placementId = UUID.randomUUID();
        Instant admittedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        PlacementAdmitted admitted = new PlacementAdmitted(placementId, UUID.randomUUID(), referralId, caseId,
                "house-of-colors", "Tiranë", "CHILD_ALONE", 1, admittedAt, admittedAt.plus(Duration.ofHours(72)));
        // the discharge names only the referral: the case is found through it
        PlacementDischarged discharged = new PlacementDischarged(placementId, referralId, null, "house-of-colors",
                "Tiranë", "FAMILY_REUNIFICATION", admittedAt.plus(Duration.ofHours(60)));
        try (EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.PLACEMENT_ADMITTED, placementId, admitted,
                    referralId.toString());
            publisher.publish(EventType.PLACEMENT_ADMITTED, placementId, admitted, referralId.toString(), eventId);
            publisher.publish(EventType.PLACEMENT_DISCHARGED, placementId, discharged, referralId.toString());
        }
        List<Map<String, Object>> tasks = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> as("cpu.tirana.supervisor").when().get("/cases/" + caseId).then().statusCode(200)
                        .extract().jsonPath().<Map<String, Object>>getList("tasks"),
                        list -> list.stream().anyMatch(t -> "REINTEGRATION_FOLLOW_UP".equals(t.get("kind"))));
        assertThat(tasks).filteredOn(t -> "PLACEMENT_REVIEW".equals(t.get("kind"))).singleElement()
                .satisfies(t -> assertThat(Instant.parse((String) t.get("dueAt")))
                        .isEqualTo(admittedAt.plus(Duration.ofHours(72))));
        assertThat(tasks).filteredOn(t -> "REINTEGRATION_FOLLOW_UP".equals(t.get("kind"))).singleElement()
                .satisfies(t -> assertThat(Instant.parse((String) t.get("dueAt")))
                        .isEqualTo(discharged.dischargedAt().plus(REINTEGRATION_FOLLOW_UP)));
        as("cpu.tirana.worker1").when().get("/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("kind", hasItem("PLACEMENT_ADMITTED")).body("kind", hasItem("PLACEMENT_DISCHARGED"));
    }
}
