package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static al.childprotection.shelter.Placements.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.ShelterPlacementNeeded;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A placement request names only the caller's own referral and case: a CPU its municipality's, a police team its
 * station's referral. Another's is 403, an id never heard of 422, each naming the field, and nothing is stored.
 * A request that can never be admitted does not hold back the routing's request for the same referral.
 */
@QuarkusTest
class PlacementScopeTests {

    @Test
    void aCpuWorkerNamingAnotherMunicipalitysReferralOrCaseIsRefusedAndNothingIsStored() {
        UUID referral = Placements.aReferral("cpu-durres", "Durrës", "PS-DURRES");
        UUID kase = Placements.aCase(referral, "cpu-durres", "Durrës");
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId", referral))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("referralId")));
            requested("cpu.tirana.supervisor", Map.of("kind", "CHILD_ALONE", "caseId", kase))
                    .then().statusCode(403).body("errors.field", equalTo(List.of("caseId")));
            assertThat(tap.all(Duration.ofSeconds(2))).noneMatch(r -> r.value().contains(referral.toString())
                    || r.value().contains(kase.toString()));
        }
        assertThat(requestsNaming(referral, kase)).isEmpty();

        // the Durrës worker may; a request naming only the case is the case's referral's
        requested("cpu.durres.worker", Map.of("kind", "CHILD_ALONE", "caseId", kase)).then().statusCode(201)
                .body("municipality", equalTo("Durrës")).body("referralId", equalTo(referral.toString()))
                .body("caseId", equalTo(kase.toString()));
    }

    @Test
    void anIdNeverHeardOfIsRefusedNamingTheFieldSoThatAGuessCannotPass() {
        UUID guessed = UUID.randomUUID();
        as("cpu.tirana.worker1").body(Map.of("kind", "CHILD_ALONE", "referralId", guessed)).post("/placement-requests")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("referralId")))
                .body("detail", containsString("try again shortly"));
        as("cpu.tirana.worker1").body(Map.of("kind", "CHILD_ALONE", "caseId", guessed)).post("/placement-requests")
                .then().statusCode(422).body("errors.field", equalTo(List.of("caseId")));
        as("police.kamza").body(Map.of("kind", "CHILD_ALONE", "referralId", guessed)).post("/placement-requests")
                .then().statusCode(422).body("errors.field", equalTo(List.of("referralId")));
        assertThat(requestsNaming(guessed, guessed)).isEmpty();
    }

    @Test
    void aCaseOfAnotherReferralThanTheOneNamedIsRefused() {
        UUID referral = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        UUID other = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        UUID kase = Placements.aCase(other, "cpu-tirane", "Tiranë");
        requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId", referral, "caseId", kase))
                .then().statusCode(422).body("errors.field", equalTo(List.of("caseId")));
        assertThat(requestsNaming(referral, kase)).isEmpty();
    }

    @Test
    void aPoliceTeamNamesOnlyReferralsOfItsOwnStationsIntakesAndNoCase() {
        UUID kamza = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        UUID kase = Placements.aCase(kamza, "cpu-tirane", "Tiranë");
        requested("police.tirana", Map.of("kind", "CHILD_ALONE", "referralId", kamza))
                .then().statusCode(403).body("errors.field", equalTo(List.of("referralId")));
        requested("police.kamza", Map.of("kind", "CHILD_ALONE", "caseId", kase, "municipality", "Tiranë"))
                .then().statusCode(403).body("errors.field", equalTo(List.of("caseId")));
        requested("police.kamza", Map.of("kind", "CHILD_ALONE", "referralId", kamza, "municipality", "Durrës"))
                .then().statusCode(422).body("errors.field", equalTo(List.of("municipality")));
        assertThat(requestsNaming(kamza, kase)).isEmpty();

        // its own: the request is with the referral's CPU, which sees it
        String id = requested("police.kamza", Map.of("kind", "CHILD_ALONE", "referralId", kamza))
                .then().statusCode(201).body("municipality", equalTo("Tiranë"))
                .body("policeStation", equalTo("PS-KAMEZ")).extract().path("id");
        as("cpu.tirana.worker1").get("/placement-requests/" + id).then().statusCode(200);
        as("cpu.durres.worker").get("/placement-requests/" + id).then().statusCode(403);
    }

    @Test
    void aRedirectedReferralIsTheNewCpusToName() {
        UUID referral = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_REDIRECTED, referral, new ReferralRedirected(referral, "cpu-tirane",
                    "cpu-durres", "Durrës", "cpu.tirana.supervisor", "the family lives in Durrës",
                    Instant.now().plus(Duration.ofHours(24)), Instant.now()), referral.toString());
        }
        await().atMost(Placements.EVENT_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> as("cpu.tirana.worker1")
                .body(Map.of("kind", "CHILD_ALONE", "referralId", referral)).post("/placement-requests")
                .statusCode() == 403);
        requested("cpu.durres.worker", Map.of("kind", "CHILD_ALONE", "referralId", referral)).then().statusCode(201)
                .body("municipality", equalTo("Durrës"));
    }

    @Test
    void aRequestThatCanNeverBeAdmittedDoesNotHoldBackTheRoutingsRequest() {
        UUID referral = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        // a mother with nine children: no family room in the country holds ten, so it waits escalated for ever
        requested("police.kamza", Map.of("kind", "MOTHER_WITH_CHILDREN", "children", 9, "referralId", referral))
                .then().statusCode(201).body("status", equalTo("ESCALATED"));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.SHELTER_PLACEMENT_NEEDED, referral, new ShelterPlacementNeeded(referral,
                    UUID.randomUUID(), "cpu-tirane", "Tiranë", "PS-KAMEZ", Priority.EMERGENCY, RiskLevel.HIGH,
                    new ChildSummary("Drita", "Kola", LocalDate.of(2014, 1, 9), null, Sex.FEMALE), Instant.now()),
                    referral.toString());
        }
        await().atMost(Placements.EVENT_WAIT).untilAsserted(() -> as("sarpc.analyst")
                .get("/placement-requests?limit=500").then().statusCode(200)
                .body("findAll { it.referralId == '" + referral + "' }.origin", hasItem("ROUTING")));
    }

    @Test
    void anAdmissibleRequestOfTheChildsCpuStandsForTheChildAndTheRoutingAddsNone() {
        UUID referral = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String id = requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId", referral))
                .then().statusCode(201).extract().path("id");
        try (EventPublisher publisher = new EventPublisher(); EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            publisher.publish(EventType.SHELTER_PLACEMENT_NEEDED, referral, new ShelterPlacementNeeded(referral,
                    UUID.randomUUID(), "cpu-tirane", "Tiranë", "PS-KAMEZ", Priority.EMERGENCY, RiskLevel.HIGH,
                    new ChildSummary("Drita", "Kola", LocalDate.of(2014, 1, 9), null, Sex.FEMALE), Instant.now()),
                    referral.toString());
            Placements.referralEventsConsumedUpTo(referral);
            assertThat(tap.all(Duration.ofSeconds(2))).noneMatch(r -> r.value().contains(referral.toString())
                    && r.value().contains("\"origin\":\"ROUTING\""));
        }
        assertThat(requestsNaming(referral, null)).containsExactly(id);
    }

    private static List<String> requestsNaming(UUID referral, UUID kase) {
        return as("sarpc.analyst").get("/placement-requests?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.referralId == '" + referral + "' || it.caseId == '" + kase + "' }.id");
    }
}
