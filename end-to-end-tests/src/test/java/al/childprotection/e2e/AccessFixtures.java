package al.childprotection.e2e;

import static java.util.Map.entry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The fixture table of {@link AccessMatrixIT}: one entry per operation of every service, keyed by
 * {@code "METHOD /path/{template}"} exactly as the service's OpenAPI document names it.
 *
 * <p>Adding an endpoint: the matrix reads every operation from {@code /q/openapi} and fails, naming it, until it
 * has an entry here. The roles come from the endpoint's {@code @RolesAllowed} (OpenAPI security), so the entry only
 * says how to call it. One line for most:
 *
 * <pre>
 *   entry("GET /cases/{id}/visits", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::caseId)
 *           .refusedTo("cpu.durres.worker")),                    // a record: 403 for the right role elsewhere
 *   entry("GET /shelters/{code}/placements", Fixture.as("shelter.staff").path("code", "house-of-colors")
 *           .lists("id", SeededRecords::placementId)              // a list: the right user sees the record ...
 *           .notListedFor(SeededRecords::staffOfAnotherShelter)),  // ... the right role elsewhere does not
 *   entry("POST /directory/things", Fixture.as("platform.admin").body("{...}").unscoped("one directory for all")),
 * </pre>
 *
 * The user of {@code as(...)} must get a 2xx; a record the call needs (a placement, a visit...) gets a method in
 * {@link SeededRecords} that makes it through the real API, once. An operation that changes state gets a fresh
 * record in the state it needs ({@code freshReferral()}): the matrix first sends it with no token, with a token of
 * every role not allowed and with the outsiders' tokens, then the right user's call, which must succeed.
 */
final class AccessFixtures {

    /** The demo user who stands for a role when a wrong role is tried: the matrix tries every role not allowed. */
    static final Map<String, String> DEMO_USER_OF_ROLE = new LinkedHashMap<>();
    static {
        DEMO_USER_OF_ROLE.put("police-psychosocial", "police.kamza");
        DEMO_USER_OF_ROLE.put("cpu-worker", "cpu.tirana.worker1");
        DEMO_USER_OF_ROLE.put("cpu-supervisor", "cpu.tirana.supervisor");
        DEMO_USER_OF_ROLE.put("shelter-staff", "shelter.staff");
        DEMO_USER_OF_ROLE.put("sarpc-analyst", "sarpc.analyst");
        DEMO_USER_OF_ROLE.put("platform-admin", "platform.admin");
        DEMO_USER_OF_ROLE.put("ministry-feed", "ministry-health-feed");
    }

    private static final String DIRECTORY = "the directory is the same for every agency";
    private static final String DIRECTORY_EDIT = "platform administrators edit the whole directory";
    private static final String OWN_INBOX = "one's own inbox: whose it is comes from the token";
    private static final String DEAD_LETTERS =
            "platform administrators look after every topic; payloads are never shown";
    private static final String HEALTH = "ministry-health-feed";
    private static final String INTERIOR = "ministry-interior-feed";

    static final Map<String, Fixture> FIXTURES = Map.ofEntries(
            // police-intake-service
            entry("POST /intakes", Fixture.as("police.kamza")
                    .body(records -> Intakes.of("Matrix", "New-" + SeededRecords.suffix(), "Tirana"))
                    .unscoped("the station is the caller's own, from the token")),
            entry("GET /intakes", Fixture.as("police.kamza").query("limit", "500")
                    .lists("id", SeededRecords::intakeId)
                    .notListedFor("police.tirana")),
            entry("GET /intakes/{id}", Fixture.as("police.kamza").path("id", SeededRecords::intakeId)
                    .refusedTo("police.tirana")),
            entry("PUT /intakes/{id}", Fixture.as("police.kamza").path("id", SeededRecords::intakeId)
                    .body(SeededRecords::intakeBody).refusedTo("police.tirana")),

            // referral-service: referrals
            entry("GET /referrals", Fixture.as("cpu.tirana.worker1").query("limit", "500")
                    .lists("id", SeededRecords::referralId).notListedFor("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /referrals/statistics", Fixture.as("cpu.tirana.supervisor").lists("municipality", "Tiranë")
                    .notListedFor("cpu.durres.supervisor")),
            entry("GET /referrals/{id}", Fixture.as("cpu.tirana.worker1").path("id", SeededRecords::referralId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /referrals/{id}/timeline", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::referralId).refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /referrals/{id}/acknowledgement", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::freshReferral).refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /referrals/{id}/acceptance", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::acknowledgedReferral).refusedTo("cpu.durres.worker")),
            entry("POST /referrals/{id}/rejection", Fixture.as("cpu.tirana.supervisor")
                    .path("id", SeededRecords::acknowledgedReferral).body("{\"reason\": \"not ours\"}")
                    .refusedTo("cpu.durres.supervisor")),
            entry("POST /referrals/{id}/redirection", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::freshReferral)
                    .body("{\"cpuCode\": \"cpu-durres\", \"reason\": \"the family moved\"}")
                    .refusedTo("cpu.durres.worker")),
            entry("POST /referrals/{id}/closure", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::acceptedReferral).body("{\"outcome\": \"reunited\"}")
                    .refusedTo("cpu.durres.worker")),
            entry("POST /referrals/{id}/consent-withdrawal", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::freshReferralWithConsent)
                    .body("{\"by\": \"the guardian\", \"reason\": \"the family wants no follow-up\"}")
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /referrals/{id}/revocation", Fixture.as("police.kamza")
                    .path("id", SeededRecords::freshReferral).body("{\"reason\": \"recorded twice\"}")
                    .refusedTo("police.tirana")),

            // referral-service: the directory
            entry("GET /directory/child-protection-units", Fixture.as("police.kamza").unscoped(DIRECTORY)),
            entry("POST /directory/child-protection-units", Fixture.as("platform.admin")
                    .body(records -> "{\"code\": \"" + SeededRecords.newUnitCode()
                            + "\", \"name\": \"E2E unit\", \"municipality\": \"Lezhë\"}")
                    .unscoped(DIRECTORY_EDIT)),
            entry("PUT /directory/child-protection-units/{code}", Fixture.as("platform.admin")
                    .path("code", SeededRecords::createdUnit).body("{\"name\": \"E2E unit\", \"active\": false}")
                    .unscoped(DIRECTORY_EDIT)),
            entry("GET /directory/child-protection-units/{code}/members", Fixture.as("cpu.tirana.supervisor")
                    .path("code", "cpu-tirane").lists("username", "cpu.tirana.worker1")
                    .refusedTo("cpu.durres.supervisor")),
            entry("POST /directory/child-protection-units/{code}/members", Fixture.as("platform.admin")
                    .path("code", SeededRecords::unitWithMember)
                    .body(records -> SeededRecords.memberBody("e2e.member." + SeededRecords.suffix(), "WORKER"))
                    .unscoped(DIRECTORY_EDIT)),
            entry("PUT /directory/child-protection-units/{code}/members/{username}", Fixture.as("platform.admin")
                    .path("code", SeededRecords::unitWithMember).path("username", SeededRecords::member)
                    .body("{\"role\": \"SUPERVISOR\", \"active\": false}").unscoped(DIRECTORY_EDIT)),
            entry("GET /directory/members", Fixture.as("sarpc.analyst").query("limit", "500")
                    .unscoped(DIRECTORY)),
            entry("GET /directory/members/{username}", Fixture.as("sarpc.analyst")
                    .path("username", "cpu.tirana.worker1").unscoped(DIRECTORY)),
            entry("POST /directory/members", Fixture.as("platform.admin")
                    .body(records -> SeededRecords.staffMemberBody("e2e.staff." + SeededRecords.suffix()))
                    .unscoped(DIRECTORY_EDIT)),
            entry("PUT /directory/members/{username}", Fixture.as("platform.admin")
                    .path("username", SeededRecords::staffMember)
                    .body("{\"displayName\": \"E2E staff\", \"language\": \"en\", "
                            + "\"email\": \"e2e.staff@e2e.childprotection.al\", "
                            + "\"shelterCode\": \"house-of-colors\", \"active\": false}")
                    .unscoped(DIRECTORY_EDIT)),
            entry("GET /directory/police-stations", Fixture.as("cpu.durres.worker").unscoped(DIRECTORY)),
            entry("GET /directory/police-stations/{code}", Fixture.as("shelter.staff").path("code", "PS-KAMEZ")
                    .unscoped(DIRECTORY)),
            entry("POST /directory/police-stations", Fixture.as("platform.admin")
                    .body(records -> "{\"code\": \"" + SeededRecords.newStationCode()
                            + "\", \"name\": \"E2E station\", \"municipality\": \"Lezhë\"}")
                    .unscoped(DIRECTORY_EDIT)),
            entry("PUT /directory/police-stations/{code}", Fixture.as("platform.admin")
                    .path("code", SeededRecords::createdStation)
                    .body("{\"name\": \"E2E station\", \"active\": false}").unscoped(DIRECTORY_EDIT)),
            entry("GET /directory/partner-agencies", Fixture.as("sarpc.analyst").unscoped(DIRECTORY)),
            entry("POST /directory/partner-agencies", Fixture.as("platform.admin")
                    .body(records -> "{\"code\": \"" + SeededRecords.newUnitCode()
                            + "\", \"name\": \"E2E shelter\", \"kind\": \"SHELTER\", \"municipality\": \"Lezhë\"}")
                    .unscoped(DIRECTORY_EDIT)),
            entry("PUT /directory/partner-agencies/{code}", Fixture.as("platform.admin")
                    .path("code", SeededRecords::createdAgency)
                    .body("{\"name\": \"E2E shelter\", \"active\": false}").unscoped(DIRECTORY_EDIT)),
            entry("GET /directory/edits", Fixture.as("platform.admin").unscoped(DIRECTORY_EDIT)),

            // case-service: cases and their records
            entry("POST /cases/deinstitutionalisation", Fixture.as("cpu.tirana.worker1")
                    .body(records -> SeededRecords.deinstitutionalisation())
                    .unscoped("the case is opened at the caller's own CPU, from the token")),
            entry("GET /cases/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::caseId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /cases/{id}/timeline", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::caseId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /cases/{id}/closure", Fixture.as(records -> records.assigneeOf("closure"))
                    .path("id", records -> records.caseFor("closure"))
                    .body("{\"reason\": \"NO_PROTECTION_NEED_FOUND\", \"outcome\": \"STAYS_WITH_FAMILY\"}")
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /cases/{id}/records", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::caseId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            record("home-visits", records -> """
                    {"visitedAt": "%s", "place": "The family's home", "peoplePresent": ["mother"],
                     "childSeen": true, "observations": "Calm; the child showed her room"}""".formatted(anHourAgo())),
            record("needs-assessments", records -> """
                    {"assessedOn": "%s", "needs": [{"area": "EDUCATION", "level": "MEDIUM"}],
                     "summary": "Missed school for a month"}""".formatted(today())),
            record("risk-assessments", records -> """
                    {"assessedOn": "%s", "level": "LOW", "factors": ["SCHOOL_DROPOUT"],
                     "rationale": "The mother protects her"}""".formatted(today())),
            record("counselling-sessions", records -> """
                    {"heldAt": "%s", "minutes": 45, "counsellor": "The CPU's psychologist",
                     "notes": "Talked about school"}""".formatted(anHourAgo())),
            record("emergency-interventions", records -> """
                    {"at": "%s", "actions": ["MEDICAL_CARE"], "description": "Taken to the health centre"}"""
                    .formatted(anHourAgo())),
            entry("POST /cases/{id}/records/deinstitutionalisation-assessments", Fixture.as("cpu.tirana.worker1")
                    .path("id", SeededRecords::deinstitutionalisationCase).body(records -> """
                            {"assessedOn": "%s", "familySituation": "The grandmother can care for him",
                             "childWishes": "LIVE_WITH_RELATIVES", "recommendedOutcome": "FAMILY_REUNIFICATION",
                             "rationale": "Visits went well"}""".formatted(today()))
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),

            // case-service: the child and proposals that two records are one child
            entry("GET /children/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::childId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("PUT /children/{id}/particulars", Fixture.as(SeededRecords::assignee)
                    .path("id", SeededRecords::childId).body("{\"motherName\": \"Drita\"}")
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /child-matches", Fixture.as("cpu.tirana.worker1").query("limit", "500")
                    .lists("id", records -> records.childMatchFor("listed"))
                    .notListedFor("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /child-matches/{id}/confirmation", Fixture.as("cpu.tirana.worker1")
                    .path("id", records -> records.childMatchFor("confirmation"))
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /child-matches/{id}/rejection", Fixture.as("cpu.tirana.worker1")
                    .path("id", records -> records.childMatchFor("rejection"))
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),

            // case-service: plans and ITG meetings of the seeded case
            entry("GET /plans", Fixture.as(SeededRecords::assignee).query("caseId", SeededRecords::caseId)
                    .lists("id", SeededRecords::planId).refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /plans", Fixture.as(SeededRecords::assignee)
                    .body(records -> SeededRecords.plan(records.caseId()))
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /plans/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::planId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("PUT /plans/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::returnedPlan)
                    .body(records -> SeededRecords.resubmission()).refusedTo("cpu.durres.worker")),
            entry("POST /plans/{id}/approval", Fixture.as("cpu.tirana.supervisor")
                    .path("id", SeededRecords::submittedPlan).refusedTo("cpu.durres.supervisor")),
            entry("POST /plans/{id}/return", Fixture.as("cpu.tirana.supervisor")
                    .path("id", SeededRecords::submittedPlan).body("{\"comments\": \"add the health check\"}")
                    .refusedTo("cpu.durres.supervisor")),
            entry("GET /meetings", Fixture.as(SeededRecords::assignee).query("caseId", SeededRecords::caseId)
                    .lists("id", SeededRecords::meetingId).refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("POST /meetings", Fixture.as(SeededRecords::assignee)
                    .body(records -> SeededRecords.meeting(records.caseId()))
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /meetings/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::meetingId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),

            // case-service: tasks
            // oldest due date first, and the shared test broker brings every run's tasks: the assignee's own list
            entry("GET /tasks", Fixture.as(SeededRecords::assignee).query("limit", "500")
                    .lists("id", SeededRecords::taskId)
                    .notListedFor("cpu.durres.supervisor", "cpu.durres.worker")
                    .notListedFor(SeededRecords::otherTiranaWorker)),
            entry("GET /tasks/mine", Fixture.as(SeededRecords::assignee).query("limit", "500")
                    .lists("id", SeededRecords::taskId)
                    .notListedFor(SeededRecords::otherTiranaWorker).notListedFor("cpu.durres.worker")),
            entry("GET /tasks/workload", Fixture.as("cpu.tirana.supervisor").lists("username", "cpu.tirana.worker1")
                    .notListedFor("cpu.durres.supervisor")),
            entry("GET /tasks/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::taskId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            taskStep("start", null),
            taskStep("completion", null),
            taskStep("cancellation", "{\"reason\": \"recorded twice\"}"),
            entry("POST /tasks/{id}/reassignment", Fixture.as("cpu.tirana.supervisor")
                    .path("id", records -> records.taskFor("reassignment"))
                    .body(records -> "{\"assignee\": \"" + records.otherWorkerOf("reassignment")
                            + "\", \"reason\": \"back from leave, knows the family\"}")
                    .refusedTo("cpu.durres.supervisor")),

            // shelter-service
            entry("GET /shelters", Fixture.as("shelter.staff").lists("code", "house-of-colors")
                    .notListedFor(SeededRecords::staffOfAnotherShelter)),
            entry("GET /shelters/{code}", Fixture.as("shelter.staff").path("code", "house-of-colors")
                    .refusedTo(SeededRecords::staffOfAnotherShelter)),
            entry("POST /placement-requests", Fixture.as("cpu.tirana.worker1")
                    .body(records -> "{\"kind\": \"CHILD_ALONE\", \"referralId\": \"" + records.placementReferral()
                            + "\"}")
                    .refusedTo("cpu.durres.worker", "police.durres")),
            entry("GET /placement-requests", Fixture.as("shelter.staff").query("limit", "500")
                    .lists("id", SeededRecords::placementRequestId)
                    .notListedFor(SeededRecords::staffOfAnotherShelter).notListedFor("cpu.durres.worker")),
            entry("GET /placement-requests/{id}", Fixture.as("shelter.staff")
                    .path("id", SeededRecords::placementRequestId)
                    .refusedTo(SeededRecords::staffOfAnotherShelter).refusedTo("cpu.durres.worker")),
            entry("POST /placement-requests/{id}/admission", Fixture.as("shelter.staff")
                    .path("id", SeededRecords::waitingRequest).refusedTo(SeededRecords::staffOfAnotherShelter)),
            entry("POST /placement-requests/{id}/passing-on", Fixture.as("shelter.staff")
                    .path("id", SeededRecords::waitingRequest).refusedTo(SeededRecords::staffOfAnotherShelter)),
            entry("GET /placements", Fixture.as("shelter.staff").query("limit", "500")
                    .lists("id", records -> records.placementFor("read"))
                    .notListedFor(SeededRecords::staffOfAnotherShelter).notListedFor("cpu.durres.worker")),
            entry("GET /placements/{id}", Fixture.as("shelter.staff")
                    .path("id", records -> records.placementFor("read"))
                    .refusedTo(SeededRecords::staffOfAnotherShelter).refusedTo("cpu.durres.worker")),
            entry("POST /placements/{id}/extension", Fixture.as("shelter.staff")
                    .path("id", records -> records.placementFor("extension"))
                    .body(records -> "{\"stayEndsAt\": \"" + Instant.now().plus(Duration.ofDays(4))
                            + "\", \"reason\": \"the family assessment is not finished\"}")
                    .refusedTo(SeededRecords::staffOfAnotherShelter)),
            entry("POST /placements/{id}/discharge", Fixture.as("shelter.staff")
                    .path("id", records -> records.placementFor("discharge"))
                    .body("{\"destination\": \"FAMILY_REUNIFICATION\"}")
                    .refusedTo(SeededRecords::staffOfAnotherShelter)),

            // notification-service: a person's own inbox
            entry("GET /inbox", Fixture.as(SeededRecords::assignee).query("limit", "500")
                    .lists("taskId", SeededRecords::taskId)
                    .notListedFor(SeededRecords::otherTiranaWorker).notListedFor("cpu.durres.worker")),
            entry("GET /inbox/unread-count", Fixture.as(SeededRecords::assignee).unscoped(OWN_INBOX)),
            entry("GET /inbox/stream", Fixture.as(SeededRecords::assignee).streams().unscoped(OWN_INBOX)),
            entry("GET /inbox/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::notificationId)
                    .refusedTo(SeededRecords::otherTiranaWorker).refusedTo("cpu.tirana.supervisor")),
            entry("POST /inbox/{id}/read", Fixture.as(SeededRecords::assignee)
                    .path("id", SeededRecords::notificationId).refusedTo(SeededRecords::otherTiranaWorker)),

            // notification-service: the ministries' systems
            entry("GET /feed", Fixture.as(HEALTH).query("limit", "50")
                    .unscoped("each ministry reads the event types it may, with its own pseudonymous ids and cursors")),
            entry("POST /subscriptions", Fixture.as(HEALTH).body(records -> SeededRecords.subscriptionBody())
                    .unscoped("the subscription is the calling system's own, from the token")),
            entry("GET /subscriptions", Fixture.as(HEALTH).lists("id", SeededRecords::healthSubscription)
                    .notListedFor(INTERIOR)),
            entry("GET /subscriptions/{id}", Fixture.as(HEALTH).path("id", SeededRecords::healthSubscription)
                    .refusedTo(INTERIOR)),
            entry("DELETE /subscriptions/{id}", Fixture.as(HEALTH).path("id", SeededRecords::subscription)
                    .refusedTo(INTERIOR)),
            entry("POST /subscriptions/{id}/pause", Fixture.as(HEALTH).path("id", SeededRecords::subscription)
                    .refusedTo(INTERIOR)),
            entry("POST /subscriptions/{id}/resume", Fixture.as(HEALTH).path("id", SeededRecords::pausedSubscription)
                    .refusedTo(INTERIOR)),

            // every service: who read or changed a child's records (per service below), and dead letters
            entry("GET /dead-letters", Fixture.as("platform.admin").unscoped(DEAD_LETTERS)));

    /**
     * Fixtures of one service's operation, where the same operation of the service kit needs that service's
     * records: keyed {@code "service METHOD /path"}, they take precedence over {@link #FIXTURES}.
     */
    static final Map<String, Fixture> SERVICE_FIXTURES = new LinkedHashMap<>();
    static {
        SERVICE_FIXTURES.put("police-intake-service GET /audit", audit(SeededRecords::intakeId,
                SeededRecords::intakeId));
        SERVICE_FIXTURES.put("referral-service GET /audit", audit(SeededRecords::intakeId,
                SeededRecords::referralId));
        SERVICE_FIXTURES.put("case-service GET /audit", audit(SeededRecords::intakeId, SeededRecords::caseId));
        SERVICE_FIXTURES.put("shelter-service GET /audit", audit(SeededRecords::placementReferral,
                SeededRecords::placementRequestId));
        SERVICE_FIXTURES.put("notification-service GET /audit", Fixture.as("cpu.tirana.supervisor")
                .query("child", SeededRecords::referralId)
                .unscoped("notices carry references, not a child's data: there is nothing to audit"));
        Map<String, String> consumed = Map.of("police-intake-service", "referral.events",
                "referral-service", "case.events", "case-service", "referral.events",
                "shelter-service", "referral.events", "notification-service", "referral.events");
        consumed.forEach((service, topic) -> {
            String letters = topic + "." + service + ".dlt";
            SERVICE_FIXTURES.put(service + " GET /dead-letters/{topic}", Fixture.as("platform.admin")
                    .path("topic", letters).unscoped(DEAD_LETTERS));
            SERVICE_FIXTURES.put(service + " POST /dead-letters/{topic}/replay", Fixture.as("platform.admin")
                    .path("topic", letters).unscoped(DEAD_LETTERS));
        });
    }

    /** The fixture of an operation: its service's own, else the shared one, else none. */
    static Fixture of(OpenApiOperations.Operation operation) {
        Fixture own = SERVICE_FIXTURES.get(operation.toString());
        return own != null ? own : FIXTURES.get(operation.key());
    }

    /** The audit trail of the seeded child, found by {@code child}: the supervisor of Tirana sees it, Durrës not. */
    private static Fixture audit(Function<SeededRecords, String> child, Function<SeededRecords, String> recordId) {
        return Fixture.as("cpu.tirana.supervisor").query("child", child).lists("recordId", recordId)
                .notListedFor("cpu.durres.supervisor");
    }

    /** A record of the seeded case, written by its worker. */
    private static Map.Entry<String, Fixture> record(String kind, Function<SeededRecords, String> body) {
        return entry("POST /cases/{id}/records/" + kind, Fixture.as(SeededRecords::assignee)
                .path("id", SeededRecords::caseId).body(body).refusedTo("cpu.durres.worker", "cpu.durres.supervisor"));
    }

    /** A step on a task of its own: its assignee takes it; the other Tirana worker and Durrës may not. */
    private static Map.Entry<String, Fixture> taskStep(String step, String body) {
        Fixture fixture = Fixture.as(records -> records.assigneeOf(step)).path("id", records -> records.taskFor(step))
                .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")
                .refusedTo(records -> records.otherWorkerOf(step));
        return entry("POST /tasks/{id}/" + step, body == null ? fixture : fixture.body(body));
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String anHourAgo() {
        return Instant.now().minus(Duration.ofHours(1)).toString();
    }

    private AccessFixtures() {
    }
}
