package al.childprotection.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A placement request names only the caller's own referral and case (issue 12, item 5), with the five packaged
 * services and real tokens: a Tirana CPU worker naming a Durrës referral or case is refused before anything is
 * stored, so the shelter never sees it and no task appears in the Durrës case; a police team naming another
 * station's referral is refused; the right callers succeed, and the Durrës case then gets its placement review.
 */
@ExtendWith(PackagedPlatform.class)
class PlacementScopeIT {

    private static final Duration FLOW = Duration.ofSeconds(90);

    @Test
    void aTiranaWorkerCannotNameADurresReferralOrCaseAndTheDurresWorkerCan() {
        String referral = referralOf("police.durres", "cpu.durres.supervisor", "Durrës");
        String kase = caseOf(referral);

        requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "referralId", referral))
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("referralId")));
        requested("cpu.tirana.worker1", Map.of("kind", "CHILD_ALONE", "caseId", kase))
                .then().statusCode(403).body("errors.field", equalTo(List.of("caseId")));
        requested("cpu.tirana.supervisor", Map.of("kind", "CHILD_ALONE", "referralId", referral, "caseId", kase))
                .then().statusCode(403).contentType("application/problem+json");

        // nothing was stored: no shelter sees a request for the child, so none can be admitted into the case
        assertThat(requestsNaming("sarpc.analyst", referral, kase)).isEmpty();
        assertThat(requestsNaming("shelter.staff", referral, kase)).isEmpty();
        assertThat(placementReviewsOf(kase)).isEmpty();

        // the Durrës worker may: admitted at the House of Colors, the Durrës case gets its placement review
        String requestId = requested("cpu.durres.worker", Map.of("kind", "CHILD_ALONE", "caseId", kase,
                "shelterCode", "house-of-colors"))
                .then().statusCode(201).body("municipality", equalTo("Durrës"))
                .body("referralId", equalTo(referral)).extract().path("id");
        Tokens.as("shelter.staff").post(url("shelter-service") + "/placement-requests/" + requestId + "/admission")
                .then().statusCode(201);
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(placementReviewsOf(kase)).hasSize(1));
    }

    @Test
    void aPoliceTeamNamesOnlyTheReferralsOfItsOwnStationsIntakes() {
        String referral = referralOf("police.kamza", "cpu.tirana.supervisor", "Tirana");

        requested("police.durres", Map.of("kind", "CHILD_ALONE", "referralId", referral))
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("referralId")));
        requested("police.tirana", Map.of("kind", "CHILD_ALONE", "referralId", referral, "municipality", "Tiranë"))
                .then().statusCode(403).body("errors.field", equalTo(List.of("referralId")));
        assertThat(requestsNaming("sarpc.analyst", referral, null)).isEmpty();

        String requestId = requested("police.kamza", Map.of("kind", "CHILD_ALONE", "referralId", referral))
                .then().statusCode(201).body("policeStation", equalTo("PS-KAMEZ"))
                .body("municipality", equalTo("Tiranë")).extract().path("id");
        assertThat(requestsNaming("shelter.staff", referral, null)).containsExactly(requestId);
        Tokens.as("cpu.tirana.worker1").get(url("shelter-service") + "/placement-requests/" + requestId)
                .then().statusCode(200);
        Tokens.as("police.durres").get(url("shelter-service") + "/placement-requests/" + requestId)
                .then().statusCode(403);
    }

    /**
     * A referral's end crosses two services: the station revokes it at referral-service, and the shelter's open
     * request for the child is withdrawn at shelter-service, with the reason, so the shelter admits nobody on it.
     */
    @Test
    void aReferralTheStationRevokesWithdrawsItsOpenPlacementRequestAtTheShelter() {
        String referral = referralOf("police.kamza", "cpu.tirana.supervisor", "Tirana");
        String requestId = requested("police.kamza", Map.of("kind", "CHILD_ALONE", "referralId", referral))
                .then().statusCode(201).extract().path("id");

        Tokens.as("police.kamza").contentType(ContentType.JSON)
                .body(Map.of("reason", "The child was recorded twice; the other intake stands"))
                .post(url("referral-service") + "/referrals/" + referral + "/revocation").then().statusCode(200);

        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> Tokens.as("cpu.tirana.worker1")
                .get(url("shelter-service") + "/placement-requests/" + requestId).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", containsString("the other intake stands")));
        Tokens.as("shelter.staff").post(url("shelter-service") + "/placement-requests/" + requestId + "/admission")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anIdNoServiceEverMadeIsRefusedNamingTheField() {
        String guessed = UUID.randomUUID().toString();
        Tokens.as("cpu.tirana.worker1").contentType(ContentType.JSON)
                .body(Map.of("kind", "CHILD_ALONE", "referralId", guessed))
                .post(url("shelter-service") + "/placement-requests")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("referralId")));
        Tokens.as("cpu.tirana.worker1").contentType(ContentType.JSON)
                .body(Map.of("kind", "CHILD_ALONE", "caseId", guessed))
                .post(url("shelter-service") + "/placement-requests")
                .then().statusCode(422).body("errors.field", equalTo(List.of("caseId")));
        assertThat(requestsNaming("sarpc.analyst", guessed, guessed)).isEmpty();
    }

    /**
     * The answer once shelter-service has the events of the ids named: in the seconds after an intake it answers
     * 422 "not known ... try again shortly", as a caller that fast would see.
     */
    private static Response requested(String user, Map<String, String> body) {
        return await().atMost(FLOW).pollInterval(Duration.ofMillis(250))
                .until(() -> Tokens.as(user).contentType(ContentType.JSON).body(body)
                        .post(url("shelter-service") + "/placement-requests"),
                        response -> response.statusCode() != 422
                                || !response.asString().contains("not known to the shelter service"));
    }

    /** A referral made by {@code station}'s team for a child living in {@code residence}, as its CPU lists it. */
    private static String referralOf(String station, String supervisor, String residence) {
        String intakeId = Tokens.as(station).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Intakes.of("Scope", "Placement-" + UUID.randomUUID().toString().substring(0, 6), residence))
                .post(url("police-intake-service") + "/intakes").then().statusCode(201).extract().path("id");
        return await().atMost(FLOW).pollInterval(Duration.ofMillis(250)).until(() -> list(supervisor,
                "referral-service", "/referrals").stream().filter(r -> intakeId.equals(r.get("intakeId")))
                .map(r -> (String) r.get("id")).findFirst().orElse(null), id -> id != null);
    }

    /** The Durrës case the referral opened, from its first task. */
    private static String caseOf(String referral) {
        return await().atMost(FLOW).pollInterval(Duration.ofMillis(250)).until(() -> list("cpu.durres.supervisor",
                "case-service", "/tasks").stream().filter(t -> referral.equals(t.get("referralId")))
                .map(t -> (String) t.get("caseId")).findFirst().orElse(null), id -> id != null);
    }

    private static List<Object> placementReviewsOf(String kase) {
        return list("cpu.durres.supervisor", "case-service", "/tasks").stream()
                .filter(t -> kase.equals(t.get("caseId")) && "PLACEMENT_REVIEW".equals(t.get("kind")))
                .map(t -> t.get("id")).toList();
    }

    private static List<String> requestsNaming(String user, String referral, String kase) {
        return list(user, "shelter-service", "/placement-requests").stream()
                .filter(r -> referral.equals(r.get("referralId")) || (kase != null && kase.equals(r.get("caseId"))))
                .map(r -> (String) r.get("id")).toList();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static List<Map<String, Object>> list(String user, String service, String path) {
        return (List) Tokens.as(user).queryParam("limit", 500).get(url(service) + path)
                .then().statusCode(200).extract().jsonPath().getList("$", Map.class);
    }

    private static String url(String service) {
        return PackagedServices.url(service);
    }
}
