package al.childprotection.e2e;

import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The records the access matrix acts on, made through the real flow the first time a fixture asks for one: an
 * intake at Kamza police station for a child living in Tirana, its referral to the Tirana CPU, the case, the
 * follow-up task and the assignee's notification. Steps that change a referral get a fresh one each.
 */
final class SeededRecords {

    private final Map<String, Object> made = new HashMap<>();
    private final TemporaryAccounts accounts;

    SeededRecords(TemporaryAccounts accounts) {
        this.accounts = accounts;
    }

    // ---- the intake that reached a Tirana worker's inbox (made once) ----

    String intakeBody() {
        // the newest contact of the station, so that it is on the first page of the station's list, newest first
        return once("intakeBody", () -> Intakes.of("Matrix", "Access-" + suffix(), "Tirana")
                .replace("2026-11-28T21:40:00Z", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)
                        .toString()));
    }

    String intakeId() {
        return once("intakeId", () -> recordIntake(intakeBody()));
    }

    String referralId() {
        return once("referralId", () -> referralOf(intakeId()));
    }

    String taskId() {
        return (String) assignment().get("taskId");
    }

    String caseId() {
        return (String) assignment().get("caseId");
    }

    /** The Tirana worker the task was given to. */
    String assignee() {
        return (String) assignment().get("recipient");
    }

    /** The Tirana worker the task was not given to: same role, same municipality, not their task. */
    String otherTiranaWorker() {
        return other(assignee());
    }

    private static String other(String tiranaWorker) {
        return tiranaWorker.equals("cpu.tirana.worker1") ? "cpu.tirana.worker2" : "cpu.tirana.worker1";
    }

    String notificationId() {
        return (String) assignment().get("id");
    }

    // ---- referrals in the state a step needs (a fresh one each time) ----

    /** A new referral, CREATED at the Tirana CPU. */
    String freshReferral() {
        return referralOf(recordIntake(Intakes.of("Matrix", "Step-" + suffix(), "Tirana")));
    }

    /** A new referral made with the consent of the child and the guardian: one whose consent can be withdrawn. */
    String freshReferralWithConsent() {
        return referralOf(recordIntake(Intakes.withConsent("Matrix", "Consent-" + suffix(), "Tirana")));
    }

    String acknowledgedReferral() {
        String id = freshReferral();
        step(id, "acknowledgement");
        return id;
    }

    String acceptedReferral() {
        String id = acknowledgedReferral();
        step(id, "acceptance");
        return id;
    }

    // ---- case work on the seeded case (made once each) ----

    /** The child of the seeded case. */
    String childId() {
        return once("childId", () -> as(assignee()).get(PackagedServices.url("case-service") + "/cases/" + caseId())
                .then().statusCode(200).extract().path("childId"));
    }

    /** A returned plan, corrected: the review and the items again, the case stays the plan's. */
    static String resubmission() {
        LocalDate review = LocalDate.now(ZoneOffset.UTC).plusMonths(4);
        return """
                {"reviewDate": "%s",
                 "items": [{"goal": "Back at school", "service": "School enrolment support",
                            "responsibleAgency": "Regional education office", "dueDate": "%s"},
                           {"goal": "Health check", "service": "Paediatric visit",
                            "responsibleAgency": "Health centre", "dueDate": "%s"}]}"""
                .formatted(review, review.minusMonths(1), review.minusMonths(2));
    }

    /** A plan submitted on the seeded case, waiting for the supervisor. */
    String planId() {
        return once("planId", this::submittedPlan);
    }

    /** A new plan on the seeded case, SUBMITTED (a fresh one each time). */
    String submittedPlan() {
        return as(assignee()).contentType(ContentType.JSON).body(plan(caseId()))
                .post(PackagedServices.url("case-service") + "/plans").then().statusCode(201).extract().path("id");
    }

    /** A new plan on the seeded case that the supervisor returned with comments (a fresh one each time). */
    String returnedPlan() {
        String id = submittedPlan();
        as("cpu.tirana.supervisor").contentType(ContentType.JSON).body("{\"comments\": \"name the school\"}")
                .post(PackagedServices.url("case-service") + "/plans/" + id + "/return").then().statusCode(200);
        return id;
    }

    /** An Individual Protection Plan for {@code caseId}: one item, due before the review. */
    static String plan(String caseId) {
        LocalDate review = LocalDate.now(ZoneOffset.UTC).plusMonths(3);
        return """
                {"caseId": "%s", "reviewDate": "%s",
                 "items": [{"goal": "Back at school", "service": "School enrolment support",
                            "responsibleAgency": "Regional education office", "dueDate": "%s"}]}"""
                .formatted(caseId, review, review.minusMonths(1));
    }

    /** An ITG meeting about the seeded case. */
    String meetingId() {
        return once("meetingId", () -> as(assignee()).contentType(ContentType.JSON).body(meeting(caseId()))
                .post(PackagedServices.url("case-service") + "/meetings").then().statusCode(201).extract().path("id"));
    }

    static String meeting(String caseId) {
        return """
                {"caseId": "%s", "heldAt": "%s",
                 "participants": [{"agency": "Police Kamëz", "representative": "Inspector on duty"},
                                  {"agency": "Health centre"}],
                 "decisions": [{"decision": "Health check within the week", "responsibleAgency": "Health centre",
                                "dueDate": "%s"}]}"""
                .formatted(caseId, Instant.now().minusSeconds(3600), LocalDate.now(ZoneOffset.UTC).plusDays(7));
    }

    /** A deinstitutionalisation case at the Tirana CPU, for a child in a residential institution. */
    String deinstitutionalisationCase() {
        return once("deinstitutionalisationCase", () -> as("cpu.tirana.worker1").contentType(ContentType.JSON)
                .body(deinstitutionalisation()).post(PackagedServices.url("case-service")
                        + "/cases/deinstitutionalisation")
                .then().statusCode(201).extract().path("id"));
    }

    static String deinstitutionalisation() {
        return """
                {"child": {"givenName": "Matrix", "familyName": "Home-%s", "sex": "MALE", "dateOfBirth": "2014-02-03"},
                 "institution": "Residential centre for children, Tiranë", "plannedOutcome": "FAMILY_REUNIFICATION"}"""
                .formatted(suffix());
    }

    // ---- tasks and cases in the state a step needs (a fresh one per step, named) ----

    /** The first-contact task of a new referral, for {@code step} (the same task each time it is asked). */
    String taskFor(String step) {
        return (String) freshAssignment(step).get("taskId");
    }

    /** The Tirana worker the task for {@code step} was given to. */
    String assigneeOf(String step) {
        return (String) freshAssignment(step).get("recipient");
    }

    /** The other Tirana worker: same role and municipality, not the task's. */
    String otherWorkerOf(String step) {
        return other(assigneeOf(step));
    }

    /** The case opened for the referral of {@code step}. */
    String caseFor(String step) {
        return (String) freshAssignment(step).get("caseId");
    }

    private Map<String, Object> freshAssignment(String step) {
        return once("assignment:" + step, () -> assignmentOf(freshReferral()));
    }

    // ---- proposals that two records are one child (a fresh pair per step, named) ----

    /**
     * A proposal at the Tirana CPU that two children are one: the second intake spells the family name as it
     * sounds ("Jaferi" for "Xhaferi"), with the same date of birth and no parents' names, so a worker must decide.
     */
    String childMatchFor(String step) {
        return once("childMatch:" + step, () -> {
            String family = "aferi" + letters();
            recordIntake(Intakes.of("Matrix", "Xh" + family, "Tirana"));
            recordIntake(Intakes.of("Matrix", "J" + family, "Tirana"));
            return await().atMost(Duration.ofSeconds(90)).until(() -> list("cpu.tirana.worker1", "case-service",
                    "/child-matches").stream().filter(match -> mentions(match, "J" + family))
                    .map(match -> (String) match.get("id")).findFirst().orElse(null), id -> id != null);
        });
    }

    @SuppressWarnings("unchecked")
    private static boolean mentions(Map<String, Object> match, String familyName) {
        return Stream.of("child", "candidate").map(side -> (Map<String, Object>) match.get(side))
                .anyMatch(record -> record != null && familyName.equals(record.get("familyName")));
    }

    // ---- shelter placements (House of Colors, Tirana) ----

    /**
     * A real referral of this run (Kamza intake, Tirana CPU) that the placement request names: the audit of
     * shelter-service knows the child by it, and only Tirana's CPU and the Kamza team may name it.
     */
    String placementReferral() {
        return placementOfRun().get("referral");
    }

    /** A request for a child alone naming {@link #placementReferral()}, waiting at the House of Colors. */
    String placementRequestId() {
        return placementOfRun().get("request");
    }

    private Map<String, String> placementOfRun() {
        return once("placementOfRun", () -> {
            String referral = freshReferral();
            return Map.of("referral", referral, "request", placementRequest(referral));
        });
    }

    /** A new request waiting at the House of Colors, naming no referral (a fresh one each time). */
    String waitingRequest() {
        return placementRequest(null);
    }

    /** A child admitted at the House of Colors for {@code step} (the same stay each time it is asked). */
    String placementFor(String step) {
        return once("placement:" + step, () -> as("shelter.staff")
                .post(PackagedServices.url("shelter-service") + "/placement-requests/" + waitingRequest()
                        + "/admission")
                .then().statusCode(201).extract().path("id"));
    }

    /**
     * A Tirana worker's request for a child alone; one naming a referral waits until shelter-service has the
     * referral's event (until then it answers 422, "not known yet").
     */
    private static String placementRequest(String referralId) {
        String body = referralId == null ? "{\"kind\": \"CHILD_ALONE\"}"
                : "{\"kind\": \"CHILD_ALONE\", \"referralId\": \"" + referralId + "\"}";
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("cpu.tirana.worker1").contentType(ContentType.JSON).body(body)
                        .post(PackagedServices.url("shelter-service") + "/placement-requests"),
                        response -> response.statusCode() != 422)
                .then().statusCode(201).extract().path("id");
    }

    // ---- ministry subscriptions ----

    /** A push subscription of the health ministry's system (a fresh one each time). */
    String subscription() {
        return Tokens.as("ministry-health-feed").contentType(ContentType.JSON).body(subscriptionBody())
                .post(PackagedServices.url("notification-service") + "/subscriptions")
                .then().statusCode(201).extract().path("id");
    }

    /** A push subscription of the health ministry's system, paused by it (a fresh one each time). */
    String pausedSubscription() {
        String id = subscription();
        Tokens.as("ministry-health-feed").post(PackagedServices.url("notification-service") + "/subscriptions/" + id
                + "/pause").then().statusCode(200);
        return id;
    }

    /** The health ministry's subscription the reading steps look at. */
    String healthSubscription() {
        return once("healthSubscription", this::subscription);
    }

    /**
     * A subscription to referrals, delivered to the one loopback address the packaged services allow-list here
     * ({@link PackagedServices#ALLOWED_CALLBACK}), where nothing answers; signed with a random secret.
     */
    static String subscriptionBody() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return """
                {"callbackUrl": "https://%s/child-protection/events",
                 "eventTypes": ["al.childprotection.referral.created.v1"],
                 "secret": "whsec_%s"}""".formatted(PackagedServices.ALLOWED_CALLBACK,
                Base64.getEncoder().encodeToString(secret));
    }

    // ---- the directory, edited by the platform administrator (entries named e2e-...) ----

    /** A new CPU code, not yet in the directory. */
    static String newUnitCode() {
        return "e2e-" + suffix();
    }

    static String newStationCode() {
        return "PS-E2E-" + suffix().toUpperCase();
    }

    /** A CPU made for this run, in Lezhë (which keeps its own CPU for its children). */
    String createdUnit() {
        return created("/directory/child-protection-units", """
                {"code": "%s", "name": "E2E unit", "municipality": "Lezhë"}""".formatted(newUnitCode()));
    }

    String createdStation() {
        return created("/directory/police-stations", """
                {"code": "%s", "name": "E2E station", "municipality": "Lezhë"}""".formatted(newStationCode()));
    }

    String createdAgency() {
        return created("/directory/partner-agencies", """
                {"code": "%s", "name": "E2E shelter", "kind": "SHELTER", "municipality": "Lezhë"}"""
                .formatted(newUnitCode()));
    }

    /** A CPU of this run that has one member, {@link #member()}. */
    String unitWithMember() {
        return once("unitWithMember", this::createdUnit);
    }

    String member() {
        return once("member", () -> {
            String username = "e2e.member." + suffix();
            as("platform.admin").contentType(ContentType.JSON)
                    .body(memberBody(username, "WORKER"))
                    .post(PackagedServices.url("referral-service") + "/directory/child-protection-units/"
                            + unitWithMember() + "/members")
                    .then().statusCode(201);
            return username;
        });
    }

    /** A member of the directory as an administrator adds one: name, language and e-mail are required. */
    static String memberBody(String username, String role) {
        return "{\"username\": \"" + username + "\", \"role\": \"" + role + "\", \"displayName\": \"E2E "
                + username + "\", \"language\": \"sq\", \"email\": \"" + username + "@e2e.childprotection.al\"}";
    }

    /** A shelter staff member of this run, added to the directory (no Keycloak account: nobody signs in as them). */
    String staffMember() {
        return once("staffMember", () -> {
            String username = "e2e.staff." + suffix();
            as("platform.admin").contentType(ContentType.JSON).body(staffMemberBody(username))
                    .post(PackagedServices.url("referral-service") + "/directory/members")
                    .then().statusCode(201);
            return username;
        });
    }

    static String staffMemberBody(String username) {
        return "{\"username\": \"" + username + "\", \"role\": \"SHELTER_STAFF\", \"displayName\": \"E2E "
                + username + "\", \"language\": \"sq\", \"email\": \"" + username
                + "@e2e.childprotection.al\", \"shelterCode\": \"house-of-colors\"}";
    }

    // ---- accounts the demo realm lacks ----

    /** A shelter-staff account of a shelter other than the House of Colors. */
    String staffOfAnotherShelter() {
        return once("staffOfAnotherShelter", () -> accounts.user("shelter-staff", Map.of("shelter", "e2e-other")));
    }

    /** Ten random letters, for a name that is this run's own and has no digits for the matcher to set aside. */
    static String letters() {
        StringBuilder letters = new StringBuilder();
        new SecureRandom().ints(10, 'a', 'z' + 1).forEach(letter -> letters.append((char) letter));
        return letters.toString();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String created(String collection, String body) {
        return as("platform.admin").contentType(ContentType.JSON).body(body)
                .post(PackagedServices.url("referral-service") + collection)
                .then().statusCode(201).extract().path("code");
    }

    private static String recordIntake(String body) {
        return as("police.kamza").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");
    }

    private static String referralOf(String intakeId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> list("cpu.tirana.supervisor", "referral-service",
                "/referrals").stream()
                .filter(r -> intakeId.equals(r.get("intakeId"))).map(r -> (String) r.get("id"))
                .findFirst().orElse(null), id -> id != null);
    }

    /**
     * The notice of the referral's task in its assignee's inbox, newest first: found there rather than in the
     * supervisor's task list, which puts the oldest due date first and grows with every run on the shared broker.
     */
    private Map<String, Object> assignment() {
        return once("assignment", () -> assignmentOf(referralId()));
    }

    private static Map<String, Object> assignmentOf(String referralId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> Stream
                .of("cpu.tirana.worker1", "cpu.tirana.worker2")
                .flatMap(worker -> list(worker, "notification-service", "/inbox").stream())
                .filter(n -> referralId.equals(n.get("referralId")) && n.get("taskId") != null)
                .findFirst().orElse(null), found -> found != null);
    }

    private static void step(String referralId, String step) {
        as("cpu.tirana.worker1").post(PackagedServices.url("referral-service") + "/referrals/" + referralId + "/" + step)
                .then().statusCode(200);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static List<Map<String, Object>> list(String user, String service, String path) {
        return (List) as(user).queryParam("limit", 500).get(PackagedServices.url(service) + path)
                .then().statusCode(200).extract().jsonPath().getList("$", Map.class);
    }

    /** Made the first time it is asked for; a record that could not be made fails every later ask at once. */
    @SuppressWarnings("unchecked")
    private <T> T once(String name, Supplier<T> making) {
        Object value = made.get(name);
        if (value == null) {
            try {
                value = making.get();
            } catch (RuntimeException e) {
                value = e;
            }
            made.put(name, value);
        }
        if (value instanceof RuntimeException failure) {
            throw new IllegalStateException("could not make " + name + ": " + failure.getMessage(), failure);
        }
        return (T) value;
    }

    static RequestSpecification as(String user) {
        return Tokens.as(user);
    }
}
