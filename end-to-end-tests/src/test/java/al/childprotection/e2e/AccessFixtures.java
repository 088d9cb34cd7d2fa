package al.childprotection.e2e;

import static java.util.Map.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
    }

    private static final String DIRECTORY = "the directory is the same for every agency";
    private static final String DIRECTORY_EDIT = "platform administrators edit the whole directory";

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
                    .body(records -> "{\"username\": \"e2e.member." + SeededRecords.suffix()
                            + "\", \"role\": \"WORKER\"}")
                    .unscoped(DIRECTORY_EDIT)),
            entry("PUT /directory/child-protection-units/{code}/members/{username}", Fixture.as("platform.admin")
                    .path("code", SeededRecords::unitWithMember).path("username", SeededRecords::member)
                    .body("{\"role\": \"SUPERVISOR\", \"active\": false}").unscoped(DIRECTORY_EDIT)),
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

            // case-service
            // oldest due date first, and the shared test broker brings every run's tasks: the assignee's own list
            entry("GET /tasks", Fixture.as(SeededRecords::assignee).query("limit", "500")
                    .lists("id", SeededRecords::taskId)
                    .notListedFor("cpu.durres.supervisor", "cpu.durres.worker")
                    .notListedFor(SeededRecords::otherTiranaWorker)),
            entry("GET /tasks/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::taskId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),
            entry("GET /cases/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::caseId)
                    .refusedTo("cpu.durres.worker", "cpu.durres.supervisor")),

            // shelter-service
            entry("GET /shelters", Fixture.as("shelter.staff").lists("code", "house-of-colors")
                    .notListedFor(SeededRecords::staffOfAnotherShelter)),
            entry("GET /shelters/{code}", Fixture.as("shelter.staff").path("code", "house-of-colors")
                    .refusedTo(SeededRecords::staffOfAnotherShelter)),

            // notification-service
            entry("GET /inbox", Fixture.as(SeededRecords::assignee).query("limit", "500")
                    .lists("taskId", SeededRecords::taskId)
                    .notListedFor(SeededRecords::otherTiranaWorker).notListedFor("cpu.durres.worker")),
            entry("GET /inbox/{id}", Fixture.as(SeededRecords::assignee).path("id", SeededRecords::notificationId)
                    .refusedTo(SeededRecords::otherTiranaWorker).refusedTo("cpu.tirana.supervisor")),
            entry("POST /inbox/{id}/read", Fixture.as(SeededRecords::assignee)
                    .path("id", SeededRecords::notificationId).refusedTo(SeededRecords::otherTiranaWorker)));

    /**
     * Operations whose scope fixture is still to be written: for these the matrix proves only authentication
     * (no token: 401; every role the operation's {@code @RolesAllowed} does not name, or every person for an
     * operation only ministry systems may call: 403) and says, on every run, how many are left. Writing an entry
     * in {@link #FIXTURES} for one means removing it from here; an operation in both fails the matrix.
     */
    static final Set<String> SCOPE_FIXTURE_TO_WRITE = Set.of(
            "GET /audit",
            "POST /cases/deinstitutionalisation",
            "POST /cases/{id}/closure",
            "GET /cases/{id}/records",
            "POST /cases/{id}/records/counselling-sessions",
            "POST /cases/{id}/records/deinstitutionalisation-assessments",
            "POST /cases/{id}/records/emergency-interventions",
            "POST /cases/{id}/records/home-visits",
            "POST /cases/{id}/records/needs-assessments",
            "POST /cases/{id}/records/risk-assessments",
            "GET /cases/{id}/timeline",
            "GET /child-matches",
            "POST /child-matches/{id}/confirmation",
            "POST /child-matches/{id}/rejection",
            "GET /children/{id}",
            "PUT /children/{id}/particulars",
            "GET /dead-letters",
            "GET /dead-letters/{topic}",
            "POST /dead-letters/{topic}/replay",
            "GET /feed",
            "GET /inbox/stream",
            "GET /inbox/unread-count",
            "GET /meetings",
            "POST /meetings",
            "GET /meetings/{id}",
            "GET /placement-requests",
            "POST /placement-requests",
            "GET /placement-requests/{id}",
            "POST /placement-requests/{id}/admission",
            "POST /placement-requests/{id}/passing-on",
            "GET /placements",
            "GET /placements/{id}",
            "POST /placements/{id}/discharge",
            "POST /placements/{id}/extension",
            "GET /plans",
            "POST /plans",
            "GET /plans/{id}",
            "PUT /plans/{id}",
            "POST /plans/{id}/approval",
            "POST /plans/{id}/return",
            "GET /subscriptions",
            "POST /subscriptions",
            "DELETE /subscriptions/{id}",
            "GET /subscriptions/{id}",
            "POST /subscriptions/{id}/pause",
            "POST /subscriptions/{id}/resume",
            "GET /tasks/mine",
            "GET /tasks/workload",
            "POST /tasks/{id}/cancellation",
            "POST /tasks/{id}/completion",
            "POST /tasks/{id}/reassignment",
            "POST /tasks/{id}/start");

    private AccessFixtures() {
    }
}
