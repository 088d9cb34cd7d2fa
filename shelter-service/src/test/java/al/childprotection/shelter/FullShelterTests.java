package al.childprotection.shelter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.CasePlacementRequested;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * Two one-bed shelters of Pustec (test data). Case work asks for beds for two Pustec children: the first shelter
 * takes the first child and, full, passes the second to the next shelter, whose request its staff cannot see.
 * No demo user of the realm works at these shelters: a test identity, not a token.
 */
@QuarkusTest
class FullShelterTests {

    @Test
    @TestSecurity(user = "staff.first", roles = "shelter-staff")
    @OidcSecurity(claims = @Claim(key = "shelter", value = "test-first"))
    void aFullShelterPassesTheRequestToTheNextShelterWithRoom() {
        try (EventTap tap = EventTap.on(Topics.PLACEMENT); EventPublisher publisher = new EventPublisher()) {
            CasePlacementRequested first = aPustecChildAtImmediateRisk();
            publisher.publish(EventType.CASE_PLACEMENT_REQUESTED, first.caseId(), first, first.referralId().toString());
            JsonNode firstRequested = requestedFor(tap, first);
            assertThat(firstRequested.get("shelterCode").asText()).isEqualTo("test-first");
            assertThat(firstRequested.get("origin").asText()).isEqualTo("CASE");
            String firstId = firstRequested.get("requestId").asText();

            given().get("/placement-requests/" + firstId).then().statusCode(200)
                    .body("caseId", equalTo(first.caseId().toString()))
                    .body("referralId", equalTo(first.referralId().toString()));
            String placementId = given().post("/placement-requests/" + firstId + "/admission")
                    .then().statusCode(201).body("shelterCode", equalTo("test-first")).extract().path("id");
            given().get("/shelters/test-first").then().statusCode(200).body("bedsFree", equalTo(0));
            Placements.capacityPublished(tap, "test-first", "CHILD_ALONE", 1);

            CasePlacementRequested second = aPustecChildAtImmediateRisk();
            publisher.publish(EventType.CASE_PLACEMENT_REQUESTED, second.caseId(), second,
                    second.referralId().toString());
            JsonNode secondRequested = requestedFor(tap, second);
            assertThat(secondRequested.get("shelterCode").asText()).isEqualTo("test-second");
            String secondId = secondRequested.get("requestId").asText();

            // the second child is the next shelter's now: not this staff's to see or admit
            given().get("/placement-requests/" + secondId).then().statusCode(403)
                    .contentType("application/problem+json");
            given().post("/placement-requests/" + secondId + "/admission").then().statusCode(403);
            given().post("/placement-requests/" + secondId + "/passing-on").then().statusCode(403);
            given().get("/placement-requests").then().statusCode(200)
                    .body("id", hasItem(firstId)).body("id", not(hasItem(secondId)));
            given().get("/placements").then().statusCode(200).body("id", equalTo(List.of(placementId)));
        }
    }

    private static JsonNode requestedFor(EventTap tap, CasePlacementRequested asked) {
        var record = tap.await(EventTap.ofType(EventType.PLACEMENT_REQUESTED.ceType())
                .and(r -> r.value().contains(asked.caseId().toString())), Placements.EVENT_WAIT);
        return Placements.published(tap, EventType.PLACEMENT_REQUESTED, record.key());
    }

    private static CasePlacementRequested aPustecChildAtImmediateRisk() {
        return new CasePlacementRequested(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-pustec",
                "Pustec", new ChildSummary("Arbër", "Gjoka", LocalDate.of(2014, 3, 9), null, Sex.MALE), Instant.now());
    }
}
