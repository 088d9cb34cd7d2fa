package al.childprotection.casework;

import static al.childprotection.testsupport.AuditTrails.auditOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.testsupport.AuditTrails;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A case, its tasks, records, plans and meetings, and its child are a child's records: every reading and every
 * change leaves an audit record, found by the case's id or by the intake the child was first recorded in; a
 * refused change leaves none; a supervisor sees only the children of their municipality.
 */
@QuarkusTest
@ExtendWith(Staff.class)
class CaseAuditTests {

    private static final AuditTrails.Actor TIRANA_WORKER = new AuditTrails.Actor("cpu.tirana.worker1", "cpu-worker",
            "Tiranë");
    private static final AuditTrails.Actor TIRANA_SUPERVISOR = new AuditTrails.Actor("cpu.tirana.supervisor",
            "cpu-supervisor", "Tiranë");
    /** Work with no user behind it (a referral event opening the case) is the service's own. */
    private static final AuditTrails.Actor CASE_SERVICE = new AuditTrails.Actor("case-service", null, null);

    private static final Map<String, Object> HOME_VISIT = Map.of("visitedAt", "2026-11-20T10:00:00Z",
            "place", "The family's flat, Kombinat", "peoplePresent", List.of("mother"), "childSeen", true,
            "observations", "The child was calm and talked about school");

    @Test
    void readingAndActingOnACaseAreAuditedWithTheEndpointAndTheChildsIntake() {
        ReferralCreated referral = referredToTirana();
        String intakeId = referral.intakeId().toString();
        String caseId = awaitCaseOpened(intakeId);
        String taskId = as(TIRANA_SUPERVISOR).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().path("tasks[0].id");

        as(TIRANA_WORKER).when().get("/cases/" + caseId).then().statusCode(200);
        as(TIRANA_WORKER).when().get("/cases/" + caseId + "/timeline").then().statusCode(200);
        String recordId = as(TIRANA_WORKER).contentType("application/json").body(HOME_VISIT)
                .when().post("/cases/" + caseId + "/records/home-visits").then().statusCode(201).extract().path("id");
        as(TIRANA_WORKER).when().get("/cases/" + caseId + "/records").then().statusCode(200);
        as(TIRANA_SUPERVISOR).when().get("/tasks/" + taskId).then().statusCode(200);
        as(TIRANA_SUPERVISOR).when().post("/tasks/" + taskId + "/start").then().statusCode(200);
        as(TIRANA_SUPERVISOR).contentType("application/json")
                .body(Map.of("reason", "PROTECTION_GOALS_MET", "outcome", "STAYS_WITH_FAMILY"))
                .when().post("/cases/" + caseId + "/closure").then().statusCode(200);

        List<Map<String, Object>> trail = auditOf(intakeId, "sarpc.analyst");
        assertThat(trail).map(AuditTrails::withoutPositionAndTime).containsExactly(
                entry(CASE_SERVICE, "case.opened", "case", caseId, intakeId, null, null),
                entry(TIRANA_SUPERVISOR, "case.read", "case", caseId, intakeId, "GET", "/cases/{id}"),
                entry(TIRANA_WORKER, "case.read", "case", caseId, intakeId, "GET", "/cases/{id}"),
                entry(TIRANA_WORKER, "case.timeline-read", "case", caseId, intakeId, "GET", "/cases/{id}/timeline"),
                entry(TIRANA_WORKER, "case-record.recorded", "case-record", recordId, intakeId,
                        "POST", "/cases/{id}/records/home-visits"),
                entry(TIRANA_WORKER, "case-record.listed", "case-record", recordId, intakeId,
                        "GET", "/cases/{id}/records"),
                entry(TIRANA_SUPERVISOR, "task.read", "task", taskId, intakeId, "GET", "/tasks/{id}"),
                entry(TIRANA_SUPERVISOR, "task.started", "task", taskId, intakeId, "POST", "/tasks/{id}/start"),
                entry(TIRANA_SUPERVISOR, "case.closed", "case", caseId, intakeId, "POST", "/cases/{id}/closure"));
        assertThat(trail).allSatisfy(row -> assertThat((String) row.get("at")).isNotBlank());

        // the case's own id finds what was done to the case itself; the supervisor of its municipality reads it too
        assertThat(auditOf(caseId, "cpu.tirana.supervisor")).extracting(row -> row.get("action"))
                .containsExactly("case.opened", "case.read", "case.read", "case.timeline-read", "case.closed");
    }

    @Test
    void theChildPlansAndMeetingsOfACaseAreAuditedToo() {
        ReferralCreated referral = referredToTirana();
        String intakeId = referral.intakeId().toString();
        String caseId = awaitCaseOpened(intakeId);
        String childId = as(TIRANA_WORKER).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().path("childId");
        int before = auditOf(intakeId, "sarpc.analyst").size();

        as(TIRANA_WORKER).when().get("/children/" + childId).then().statusCode(200);
        as(TIRANA_WORKER).contentType("application/json").body(Map.of("motherName", "Drita"))
                .when().put("/children/" + childId + "/particulars").then().statusCode(200);
        String review = LocalDate.now().plusMonths(3).toString();
        String planId = as(TIRANA_WORKER).contentType("application/json").body(Map.of("caseId", caseId,
                "reviewDate", review, "items", List.of(Map.of("goal", "Back to school", "service", "Re-enrolment",
                        "responsibleAgency", "School", "dueDate", review))))
                .when().post("/plans").then().statusCode(201).extract().path("id");
        as(TIRANA_WORKER).queryParam("caseId", caseId).when().get("/plans").then().statusCode(200);
        as(TIRANA_SUPERVISOR).when().get("/plans/" + planId).then().statusCode(200);
        as(TIRANA_SUPERVISOR).when().post("/plans/" + planId + "/approval").then().statusCode(200);
        String meetingId = as(TIRANA_SUPERVISOR).contentType("application/json").body(Map.of("caseId", caseId,
                "heldAt", "2026-11-25T09:00:00Z", "participants", List.of(Map.of("agency", "CPU")),
                "decisions", List.of(Map.of("decision", "Meet again in a month"))))
                .when().post("/meetings").then().statusCode(201).extract().path("id");
        as(TIRANA_WORKER).when().get("/meetings/" + meetingId).then().statusCode(200);
        as(TIRANA_WORKER).queryParam("caseId", caseId).when().get("/meetings").then().statusCode(200);

        List<Map<String, Object>> trail = auditOf(intakeId, "cpu.tirana.supervisor");
        assertThat(trail.subList(before, trail.size())).extracting(row -> row.get("action"),
                row -> row.get("recordType"), row -> row.get("recordId"), row -> row.get("actor"),
                row -> row.get("method"), row -> row.get("path"))
                .containsExactly(
                        tuple("child.read", "child", childId, "cpu.tirana.worker1", "GET", "/children/{id}"),
                        tuple("child.particulars-recorded", "child", childId, "cpu.tirana.worker1",
                                "PUT", "/children/{id}/particulars"),
                        tuple("plan.submitted", "plan", planId, "cpu.tirana.worker1", "POST", "/plans"),
                        tuple("plan.listed", "plan", planId, "cpu.tirana.worker1", "GET", "/plans"),
                        tuple("plan.read", "plan", planId, "cpu.tirana.supervisor", "GET", "/plans/{id}"),
                        tuple("plan.approved", "plan", planId, "cpu.tirana.supervisor",
                                "POST", "/plans/{id}/approval"),
                        tuple("itg-meeting.recorded", "itg-meeting", meetingId, "cpu.tirana.supervisor",
                                "POST", "/meetings"),
                        tuple("itg-meeting.read", "itg-meeting", meetingId, "cpu.tirana.worker1",
                                "GET", "/meetings/{id}"),
                        tuple("itg-meeting.listed", "itg-meeting", meetingId, "cpu.tirana.worker1",
                                "GET", "/meetings"));
        assertThat(trail).allSatisfy(row -> assertThat(row).containsEntry("intakeId", intakeId)
                .containsEntry("recordMunicipality", "Tiranë"));
        // the child's own id finds what was done to the child's record
        assertThat(auditOf(childId, "cpu.tirana.supervisor")).extracting(row -> row.get("action"))
                .containsExactly("child.read", "child.particulars-recorded");
    }

    @Test
    void aListReadIsOneAuditRecordPerEntry() {
        ReferralCreated referral = referredToTirana();
        String intakeId = referral.intakeId().toString();
        String caseId = awaitCaseOpened(intakeId);
        String firstContact = as(TIRANA_SUPERVISOR).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().path("tasks[0].id");
        // the completed first contact brings the needs and risk assessments: three tasks of one child
        as(TIRANA_SUPERVISOR).when().post("/tasks/" + firstContact + "/completion").then().statusCode(200);
        List<String> ofTheCase = as(TIRANA_SUPERVISOR).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().path("tasks.id");
        assertThat(ofTheCase).hasSize(3);

        List<String> listed = as(TIRANA_SUPERVISOR).queryParam("limit", 500).when().get("/tasks").then()
                .statusCode(200).extract().path("id");
        assertThat(listed).containsAll(ofTheCase);

        assertThat(auditOf(intakeId, "sarpc.analyst")).filteredOn(row -> "task.listed".equals(row.get("action")))
                .allSatisfy(row -> assertThat(row).containsEntry("actor", "cpu.tirana.supervisor")
                        .containsEntry("method", "GET").containsEntry("path", "/tasks")
                        .containsEntry("recordType", "task"))
                .extracting(row -> row.get("recordId")).containsExactlyInAnyOrderElementsOf(ofTheCase);
    }

    @Test
    void aRefusedChangeLeavesNoAuditRecord() {
        ReferralCreated referral = referredToTirana();
        String intakeId = referral.intakeId().toString();
        String caseId = awaitCaseOpened(intakeId);
        String taskId = as(TIRANA_SUPERVISOR).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().path("tasks[0].id");
        int before = auditOf(intakeId, "sarpc.analyst").size();

        // another municipality's worker reads and changes nothing
        as("cpu.durres.worker").when().get("/cases/" + caseId).then().statusCode(403);
        as("cpu.durres.worker").when().get("/tasks/" + taskId).then().statusCode(403);
        as("cpu.durres.worker").when().post("/tasks/" + taskId + "/start").then().statusCode(403);
        as("cpu.durres.worker").contentType("application/json").body(HOME_VISIT)
                .when().post("/cases/" + caseId + "/records/home-visits").then().statusCode(403);
        // refused after its audit record was written: the record goes with the rolled-back step
        as(TIRANA_SUPERVISOR).contentType("application/json")
                .body(Map.of("assignee", "cpu.durres.worker", "reason", "she knows the family"))
                .when().post("/tasks/" + taskId + "/reassignment").then().statusCode(422);
        as(TIRANA_WORKER).contentType("application/json").body(Map.of("visitedAt", "2999-01-01T00:00:00Z"))
                .when().post("/cases/" + caseId + "/records/home-visits").then().statusCode(400);
        as(TIRANA_WORKER).contentType("application/json").body(Map.of("caseId", caseId,
                "reviewDate", LocalDate.now().plusDays(7).toString(), "items", List.of(Map.of("goal", "School",
                        "service", "Re-enrolment", "responsibleAgency", "School",
                        "dueDate", LocalDate.now().plusDays(8).toString()))))
                .when().post("/plans").then().statusCode(422);

        assertThat(auditOf(intakeId, "sarpc.analyst")).hasSize(before);
    }

    @Test
    void anAttemptOutsideTheCallersMunicipalityIsAuditedAsRefusedForTheHoldingMunicipalityAndSarpc() {
        ReferralCreated referral = referredToTirana();
        String caseId = awaitCaseOpened(referral.intakeId().toString());
        String taskId = as(TIRANA_SUPERVISOR).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().path("tasks[0].id");
        AuditTrails.Actor durresWorker = new AuditTrails.Actor("cpu.durres.worker", "cpu-worker", "Durrës");

        as(durresWorker).when().get("/cases/" + caseId).then().statusCode(403);
        as(durresWorker).when().post("/tasks/" + taskId + "/start").then().statusCode(403);

        Map<String, Object> caseAttempt = refused(durresWorker, "case", caseId, "GET", "/cases/{id}");
        Map<String, Object> taskAttempt = refused(durresWorker, "task", taskId, "POST", "/tasks/{id}/start");
        // the supervisor of the municipality that holds the case, and SARPC, find them by the record or as a list
        assertThat(auditOf(caseId, "cpu.tirana.supervisor")).map(AuditTrails::withoutPositionAndTime)
                .contains(caseAttempt);
        assertThat(auditOf(taskId, "sarpc.analyst")).map(AuditTrails::withoutPositionAndTime)
                .containsExactly(taskAttempt);
        assertThat(listed("cpu.tirana.supervisor", "outcome", "REFUSED")).contains(caseAttempt, taskAttempt);
        assertThat(listed("sarpc.analyst", "outcome", "REFUSED")).contains(caseAttempt, taskAttempt);
        assertThat(listed("cpu.tirana.supervisor", "outside", "true")).contains(caseAttempt, taskAttempt)
                .noneMatch(row -> "Tiranë".equals(row.get("actorMunicipality")));
        // the caller's own municipality holds nothing here: its supervisor sees nothing of the attempt
        assertThat(listed("cpu.durres.supervisor", "outcome", "REFUSED"))
                .noneMatch(row -> caseId.equals(row.get("recordId")) || taskId.equals(row.get("recordId")));
        assertThat(auditOf(caseId, "cpu.durres.supervisor")).isEmpty();
    }

    @Test
    void aListOfTheAuditTrailNeedsAChildOrAFilterAndPages() {
        as(TIRANA_SUPERVISOR).when().get("/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("child"));
        as(TIRANA_SUPERVISOR).queryParam("outcome", "MAYBE").when().get("/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("outcome"));
        ReferralCreated referral = referredToTirana();
        String caseId = awaitCaseOpened(referral.intakeId().toString());
        as("cpu.durres.worker").when().get("/cases/" + caseId).then().statusCode(403);
        as("cpu.durres.worker").when().get("/cases/" + caseId + "/timeline").then().statusCode(403);

        String next = as("sarpc.analyst").queryParam("outcome", "REFUSED").queryParam("limit", 1)
                .when().get("/audit").then().statusCode(200).body("size()", is(1))
                .extract().header("Link");
        assertThat(next).contains("rel=\"next\"").contains("cursor=");
    }

    @Test
    void aSupervisorOfAnotherMunicipalitySeesNoneOfTheChildsRecords() {
        ReferralCreated referral = referredToTirana();
        String intakeId = referral.intakeId().toString();
        String caseId = awaitCaseOpened(intakeId);
        as(TIRANA_WORKER).when().get("/cases/" + caseId).then().statusCode(200);

        given().queryParam("child", caseId).when().get("/audit").then().statusCode(401)
                .contentType("application/problem+json");
        as(TIRANA_WORKER).queryParam("child", caseId).when().get("/audit").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(auditOf(caseId, "cpu.durres.supervisor")).isEmpty();
        assertThat(auditOf(intakeId, "cpu.durres.supervisor")).isEmpty();
        assertThat(auditOf(caseId, "cpu.tirana.supervisor")).extracting(row -> row.get("action"))
                .containsExactly("case.opened", "case.read");
        assertThat(auditOf(intakeId, "cpu.tirana.supervisor")).isEqualTo(auditOf(intakeId, "sarpc.analyst"));
    }

    /** A refused attempt on a Tirana record, as the audit trail shows it: ids, the caller, the endpoint. */
    private static Map<String, Object> refused(AuditTrails.Actor actor, String recordType, String recordId,
            String method, String path) {
        Map<String, Object> entry = AuditTrails.entry(actor, recordType + ".refused", recordType, recordId, null,
                "Tiranë", method, path);
        entry.put("outcome", "REFUSED");
        return entry;
    }

    /** The audit records {@code reader} lists with one filter, without naming a child. */
    private static List<Map<String, Object>> listed(String reader, String filter, String value) {
        return LinkedPages.all(() -> as(reader), "/audit?limit=500&" + filter + "=" + value).stream()
                .map(AuditTrails::withoutPositionAndTime).toList();
    }

    private static ReferralCreated referredToTirana() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
        }
        return referral;
    }

    /**
     * The case the referral opened, found through the audit trail itself so that waiting reads no list. Generous:
     * the first test of a run waits while the consumer reads what other services' tests left on the topic.
     */
    private static String awaitCaseOpened(String intakeId) {
        return (String) await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> auditOf(intakeId, "sarpc.analyst"), trail -> !trail.isEmpty())
                .get(0).get("recordId");
    }

    /** A record of a Tirana child. */
    private static Map<String, Object> entry(AuditTrails.Actor actor, String action, String recordType,
            String recordId, String intakeId, String method, String path) {
        return AuditTrails.entry(actor, action, recordType, recordId, intakeId, "Tiranë", method, path);
    }

    private static RequestSpecification as(AuditTrails.Actor actor) {
        return as(actor.name());
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
