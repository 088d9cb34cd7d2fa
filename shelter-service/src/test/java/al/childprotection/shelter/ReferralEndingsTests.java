package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.testsupport.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A referral that ends elsewhere (redirected, revoked, rejected, closed, consent withdrawn with no legal basis)
 * withdraws its open placement requests, with the reason: no shelter admits or passes on a withdrawn request. A child
 * already admitted stays in the shelter.
 */
@QuarkusTest
class ReferralEndingsTests {

    @Test
    void aRevokedReferralsRequestIsWithdrawnWithTheReasonAndTakesNoDecision() {
        UUID referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String requestId = requestedFor(referralId);

        publish(EventType.REFERRAL_REVOKED, referralId, new ReferralRevoked(referralId, "cpu-tirane", "Tiranë",
                "PS-KAMEZ", "police.kamza", "the child was found with the grandmother", Instant.now()));

        JsonPath withdrawn = withdrawn(requestId);
        assertThat(withdrawn.getString("withdrawnReason"))
                .isEqualTo("the referral was revoked by PS-KAMEZ: the child was found with the grandmother");
        assertThat(withdrawn.getString("withdrawnAt")).isNotNull();
        as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("was withdrawn"));
        as("shelter.staff").post("/placement-requests/" + requestId + "/passing-on")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("was withdrawn"));
        as("shelter.staff").get("/placement-requests?status=WITHDRAWN&limit=500").then().statusCode(200)
                .body("find { it.id == '" + requestId + "' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    void aRejectionAClosureAndAWithdrawnConsentWithNoLegalBasisEachWithdrawTheRequest() {
        UUID rejected = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        UUID closed = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        UUID noConsent = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String rejectedRequest = requestedFor(rejected);
        String closedRequest = requestedFor(closed);
        String noConsentRequest = requestedFor(noConsent);

        publish(EventType.REFERRAL_REJECTED, rejected, new ReferralRejected(rejected, "cpu-tirane", "Tiranë",
                "cpu.tirana.worker1", "not a child protection matter", Instant.now()));
        publish(EventType.REFERRAL_CLOSED, closed, new ReferralClosed(closed, "cpu-tirane", "Tiranë",
                "cpu.tirana.worker1", "RESOLVED", Instant.now()));
        publish(EventType.REFERRAL_CONSENT_WITHDRAWN, noConsent, new ReferralConsentWithdrawn(noConsent, "cpu-tirane",
                "Tiranë", "cpu.tirana.worker1", false, null, Instant.now()));

        assertThat(withdrawn(rejectedRequest).getString("withdrawnReason"))
                .isEqualTo("the referral was rejected: not a child protection matter");
        assertThat(withdrawn(closedRequest).getString("withdrawnReason"))
                .isEqualTo("the referral was closed: RESOLVED");
        assertThat(withdrawn(noConsentRequest).getString("withdrawnReason"))
                .isEqualTo("consent was withdrawn, with no legal basis to go on");
    }

    @Test
    void aWithdrawnConsentWithALegalBasisLeavesTheRequestOpen() {
        UUID referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String requestId = requestedFor(referralId);

        publish(EventType.REFERRAL_CONSENT_WITHDRAWN, referralId, new ReferralConsentWithdrawn(referralId,
                "cpu-tirane", "Tiranë", "cpu.tirana.worker1", true, "immediate risk to the child", Instant.now()));
        Placements.referralEventsConsumedUpTo(referralId);

        as("cpu.tirana.worker1").get("/placement-requests/" + requestId).then().statusCode(200)
                .body("status", equalTo("WAITING")).body("withdrawnReason", equalTo(null));
    }

    @Test
    void aRedirectionWithdrawsTheOldCpusRequestAndTheChildMayBeAskedForAgainByTheNewOne() {
        UUID referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String requestId = requestedFor(referralId);

        publish(EventType.REFERRAL_REDIRECTED, referralId, new ReferralRedirected(referralId, "cpu-tirane",
                "cpu-durres", "Durrës", "cpu.tirana.supervisor", "the family lives in Durrës",
                Instant.now().plus(Duration.ofHours(24)), Instant.now()));

        assertThat(withdrawn(requestId).getString("withdrawnReason"))
                .isEqualTo("the referral was redirected to cpu-durres: the family lives in Durrës");
        String again = Placements.requested("cpu.durres.worker", Map.of("kind", "CHILD_ALONE", "referralId",
                referralId)).then().statusCode(201).extract().path("id");
        as("cpu.durres.worker").get("/placement-requests/" + again).then().statusCode(200)
                .body("status", equalTo("WAITING")).body("municipality", equalTo("Durrës"));
    }

    /** The ending does not say where the child is safe tonight: the shelter and the CPU decide the discharge. */
    @Test
    void aChildAlreadyAdmittedStaysInTheShelterWhenTheReferralEnds() {
        UUID referralId = Placements.aReferral("cpu-tirane", "Tiranë", "PS-KAMEZ");
        String requestId = requestedFor(referralId);
        String placementId = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().path("id");

        publish(EventType.REFERRAL_REVOKED, referralId, new ReferralRevoked(referralId, "cpu-tirane", "Tiranë",
                "PS-KAMEZ", "police.kamza", "entered in error", Instant.now()));
        Placements.referralEventsConsumedUpTo(referralId);

        as("shelter.staff").get("/placements/" + placementId).then().statusCode(200)
                .body("status", equalTo("IN_SHELTER"));
        as("shelter.staff").get("/placement-requests/" + requestId).then().statusCode(200)
                .body("status", equalTo("ADMITTED"));
        as("shelter.staff").body(Map.of("destination", "FAMILY_REUNIFICATION"))
                .post("/placements/" + placementId + "/discharge").then().statusCode(200);
    }

    private static String requestedFor(UUID referralId) {
        return Placements.requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId", referralId))
                .then().statusCode(201).body("status", equalTo("WAITING")).extract().path("id");
    }

    private static JsonPath withdrawn(String requestId) {
        return await().atMost(Placements.EVENT_WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> as("cpu.tirana.worker1").get("/placement-requests/" + requestId).then().statusCode(200)
                        .extract().jsonPath(), json -> "WITHDRAWN".equals(json.getString("status")));
    }

    private static void publish(EventType type, UUID referralId, Record payload) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(type, referralId, payload, referralId.toString());
        }
    }
}
