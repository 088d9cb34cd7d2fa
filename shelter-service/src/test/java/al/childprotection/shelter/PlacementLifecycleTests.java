package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static al.childprotection.shelter.Placements.capacityPublished;
import static al.childprotection.shelter.Placements.occupied;
import static al.childprotection.shelter.Placements.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** From an emergency request to admission, a longer stay and discharge, as staff and CPU see it. */
@QuarkusTest
class PlacementLifecycleTests {

    @Test
    void aMotherAndHerChildrenAreAdmittedTogetherInOneFamilyRoom() {
        UUID referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        int familyBedsBefore = occupied("house-of-colors", "MOTHER_WITH_CHILDREN");
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            JsonPath request = Placements.requested("cpu.tirana.worker1",
                    Map.of("kind", "MOTHER_WITH_CHILDREN", "children", 2, "referralId", referralId))
                    .then().statusCode(201).extract().jsonPath();
            String requestId = request.getString("id");
            assertThat(request.getString("status")).isEqualTo("WAITING");
            assertThat(request.getString("origin")).isEqualTo("CPU_WORKER");
            assertThat(request.getString("shelterCode")).isEqualTo("house-of-colors");
            assertThat(request.getString("municipality")).isEqualTo("Tiranë");
            assertThat(request.getString("cpuCode")).isEqualTo("cpu-tirane");
            JsonNode requested = published(tap, EventType.PLACEMENT_REQUESTED, requestId);
            assertThat(requested.get("origin").asText()).isEqualTo("CPU_WORKER");
            assertThat(requested.get("kind").asText()).isEqualTo("MOTHER_WITH_CHILDREN");
            assertThat(requested.get("children").asInt()).isEqualTo(2);
            assertThat(requested.get("referralId").asText()).isEqualTo(referralId.toString());

            as("shelter.staff").get("/placement-requests?status=WAITING")
                    .then().statusCode(200).body("id", hasItem(requestId));

            JsonPath placement = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                    .then().statusCode(201).extract().jsonPath();
            String placementId = placement.getString("id");
            assertThat(placement.getString("room")).startsWith("F");
            assertThat(placement.getInt("beds")).isEqualTo(4);
            assertThat(placement.getInt("children")).isEqualTo(2);
            assertThat(placement.getString("status")).isEqualTo("IN_SHELTER");
            Instant admittedAt = Instant.parse(placement.getString("admittedAt"));
            assertThat(Instant.parse(placement.getString("stayEndsAt")))
                    .isEqualTo(admittedAt.plus(Duration.ofHours(72)));

            JsonNode admitted = published(tap, EventType.PLACEMENT_ADMITTED, placementId);
            assertThat(admitted.get("requestId").asText()).isEqualTo(requestId);
            assertThat(admitted.get("beds").asInt()).isEqualTo(4);
            assertThat(admitted.get("shelterCode").asText()).isEqualTo("house-of-colors");
            JsonNode capacity = capacityPublished(tap, "house-of-colors", "MOTHER_WITH_CHILDREN",
                    familyBedsBefore + 4);
            assertThat(capacity.get("capacity").asInt()).isEqualTo(12);
            assertThat(capacity.get("available").asInt()).isEqualTo(12 - familyBedsBefore - 4);
            assertThat(occupied("house-of-colors", "MOTHER_WITH_CHILDREN")).isEqualTo(familyBedsBefore + 4);

            as("cpu.tirana.worker1").get("/placement-requests/" + requestId)
                    .then().statusCode(200).body("status", equalTo("ADMITTED"));
            as("cpu.tirana.worker1").get("/placements/" + placementId)
                    .then().statusCode(200).body("room", equalTo(placement.getString("room")));
            as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                    .then().statusCode(409).contentType("application/problem+json");
        }
    }

    @Test
    void aStayIsExtendedWithAReasonButNeverBeyondElevenDays() {
        String requestId = Placements.aChildAloneRequested();
        JsonPath placement = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().jsonPath();
        String id = placement.getString("id");
        Instant admittedAt = Instant.parse(placement.getString("admittedAt"));
        Instant fiveDays = admittedAt.plus(Duration.ofDays(5));

        as("shelter.staff").body(Map.of("stayEndsAt", fiveDays.toString(), "reason", "family assessment pending"))
                .post("/placements/" + id + "/extension")
                .then().statusCode(200)
                .body("stayEndsAt", equalTo(fiveDays.toString()))
                .body("extensions.reason", equalTo(List.of("family assessment pending")));

        Instant beyond = admittedAt.plus(Duration.ofDays(11)).plusSeconds(3600);
        as("shelter.staff").body(Map.of("stayEndsAt", beyond.toString(), "reason", "no foster family yet"))
                .post("/placements/" + id + "/extension")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("stayEndsAt")));
        as("shelter.staff").body(Map.of("stayEndsAt", admittedAt.plus(Duration.ofDays(6)).toString(), "reason", " "))
                .post("/placements/" + id + "/extension")
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        as("shelter.staff").body(Map.of("stayEndsAt", admittedAt.plus(Duration.ofDays(2)).toString(),
                "reason", "shorter"))
                .post("/placements/" + id + "/extension")
                .then().statusCode(422).body("errors.field", equalTo(List.of("stayEndsAt")));

        // nothing of the refused extensions was kept
        as("cpu.tirana.worker1").get("/placements/" + id).then().statusCode(200)
                .body("stayEndsAt", equalTo(fiveDays.toString()))
                .body("extensions.size()", equalTo(1));

        Instant eleven = admittedAt.plus(Duration.ofDays(11));
        as("shelter.staff").body(Map.of("stayEndsAt", eleven.toString(), "reason", "court hearing"))
                .post("/placements/" + id + "/extension")
                .then().statusCode(200).body("extensions.size()", equalTo(2));
    }

    @Test
    void aDischargeRecordsWhereTheChildWentAndFreesTheBed() {
        String requestId = Placements.aChildAloneRequested();
        String id = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().path("id");
        int before = occupied("house-of-colors", "CHILD_ALONE");

        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            JsonPath discharged = as("shelter.staff").body(Map.of("destination", "FAMILY_REUNIFICATION"))
                    .post("/placements/" + id + "/discharge")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(discharged.getString("status")).isEqualTo("DISCHARGED");
            assertThat(discharged.getString("destination")).isEqualTo("FAMILY_REUNIFICATION");
            assertThat(Instant.parse(discharged.getString("dischargedAt"))).isNotNull();
            // the reintegration follow-up's deadline is case-service's, kept there only
            assertThat(discharged.getMap("")).doesNotContainKey("reintegrationFollowUpDueAt");

            JsonNode event = published(tap, EventType.PLACEMENT_DISCHARGED, id);
            assertThat(event.get("destination").asText()).isEqualTo("FAMILY_REUNIFICATION");
            assertThat(event.get("municipality").asText()).isEqualTo("Tiranë");
            capacityPublished(tap, "house-of-colors", "CHILD_ALONE", before - 1);
        }
        assertThat(occupied("house-of-colors", "CHILD_ALONE")).isEqualTo(before - 1);
        as("shelter.staff").body(Map.of("destination", "FOSTER_CARE")).post("/placements/" + id + "/discharge")
                .then().statusCode(409).contentType("application/problem+json");
        as("shelter.staff").body(Map.of("stayEndsAt", Instant.now().plus(Duration.ofDays(4)).toString(),
                "reason", "late")).post("/placements/" + id + "/extension").then().statusCode(409);
    }

    @Test
    void aFamilyNoShelterCanKeepTogetherIsEscalatedForStaffAndCpuToSee() {
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            String id = as("cpu.tirana.worker2").body(Map.of("kind", "MOTHER_WITH_CHILDREN", "children", 7))
                    .post("/placement-requests")
                    .then().statusCode(201).body("status", equalTo("ESCALATED"))
                    .body("shelterCode", equalTo("house-of-colors")).extract().path("id");
            published(tap, EventType.PLACEMENT_REQUESTED, id);
            JsonNode escalated = published(tap, EventType.PLACEMENT_ESCALATED, id);
            assertThat(escalated.get("children").asInt()).isEqualTo(7);
            assertThat(escalated.get("shelterCode").asText()).isEqualTo("house-of-colors");
            as("shelter.staff").get("/placement-requests?status=ESCALATED")
                    .then().statusCode(200).body("id", hasItem(id));
            as("cpu.tirana.supervisor").get("/placement-requests?status=ESCALATED")
                    .then().statusCode(200).body("id", hasItem(id));
            as("shelter.staff").post("/placement-requests/" + id + "/admission")
                    .then().statusCode(409).contentType("application/problem+json");
            as("cpu.tirana.worker2").get("/placement-requests/" + id)
                    .then().statusCode(200).body("status", equalTo("ESCALATED"));
        }
    }

    @Test
    void aShelterWithoutRoomPassesTheRequestToTheNextShelter() {
        String id = Placements.aChildAloneRequested();
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            as("shelter.staff").post("/placement-requests/" + id + "/passing-on")
                    .then().statusCode(200)
                    .body("status", equalTo("WAITING"))
                    .body("shelterCode", equalTo("durres-emergency"))
                    .body("passedOnFrom", equalTo(List.of("house-of-colors")));
            // the request's first announcement (to House of Colors) may still reach the tap: wait for the new one
            JsonNode requested = published(tap, EventType.PLACEMENT_REQUESTED, id, "\"durres-emergency\"");
            assertThat(requested.get("shelterCode").asText()).isEqualTo("durres-emergency");
        }
        // it is no longer House of Colors' to see
        as("shelter.staff").get("/placement-requests/" + id).then().statusCode(403);
        as("shelter.staff").get("/placement-requests").then().statusCode(200).body("id", not(hasItem(id)));
        as("cpu.tirana.worker1").get("/placement-requests/" + id)
                .then().statusCode(200).body("shelterCode", equalTo("durres-emergency"));
    }

    @Test
    void aPoliceTeamAtNightRequestsABedForTheChildOfAnotherMunicipality() {
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            String id = as("police.kamza").body(Map.of("kind", "CHILD_ALONE", "municipality", "Kamza"))
                    .post("/placement-requests")
                    .then().statusCode(201)
                    .body("origin", equalTo("POLICE"))
                    .body("municipality", equalTo("Kamëz"))
                    .body("policeStation", equalTo("PS-KAMEZ"))
                    .body("shelterCode", equalTo("house-of-colors"))
                    .extract().path("id");
            JsonNode requested = published(tap, EventType.PLACEMENT_REQUESTED, id);
            assertThat(requested.get("origin").asText()).isEqualTo("POLICE");
            as("police.kamza").get("/placement-requests").then().statusCode(200).body("id", hasItem(id));
            as("police.kamza").get("/placement-requests/" + id).then().statusCode(200);
            as("police.tirana").get("/placement-requests/" + id).then().statusCode(403);
            as("police.tirana").get("/placement-requests").then().statusCode(200).body("id", not(hasItem(id)));
            as("cpu.tirana.worker1").get("/placement-requests/" + id).then().statusCode(403);
            as("sarpc.analyst").get("/placement-requests/" + id).then().statusCode(200);
            as("shelter.staff").get("/placement-requests/" + id).then().statusCode(200);
        }
    }
}
