package al.childprotection.referral;

import static al.childprotection.testsupport.AuditTrails.auditOf;
import static al.childprotection.testsupport.AuditTrails.tamperWith;
import static al.childprotection.testsupport.AuditTrails.withoutPositionAndTime;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.hasItem;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.AuditTrails;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every read of a referral and every step of its lifecycle leaves an audit record, written in the step's own
 * transaction; supervisors of the child's municipality and SARPC read the trail by referral or by intake.
 */
@QuarkusTest
class ReferralAuditTests {

    private static final AuditTrails.Actor TIRANA_WORKER = new AuditTrails.Actor("cpu.tirana.worker1", "cpu-worker",
            "Tiranë");

    @Inject
    AgroalDataSource database;

    @Test
    void readingAndActingOnAReferralAreAuditedWithTheEndpointAndTheChildsIntake() {
        IntakeRecorded intake = referredToTirana();
        String id = (String) ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1").get("id");
        String intakeId = intake.intakeId().toString();

        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().statusCode(200);
        step("cpu.tirana.worker1", id, "acknowledgement", null).statusCode(200);
        as("cpu.tirana.worker1").when().get("/referrals/" + id + "/timeline").then().statusCode(200);
        step("cpu.tirana.worker1", id, "rejection", "{\"reason\": \"The family moved to Durrës\"}").statusCode(200);

        List<Map<String, Object>> trail = auditOf(id, "cpu.tirana.supervisor");
        // the list reads while waiting for the referral come first; then one record per read and per step
        assertThat(trail).extracting(row -> row.get("action")).startsWith("referral.listed")
                .containsSubsequence("referral.read", "referral.acknowledged", "referral.timeline-read",
                        "referral.rejected");
        assertThat(trail.subList(trail.size() - 4, trail.size())).map(AuditTrails::withoutPositionAndTime)
                .containsExactly(
                        entry(id, intakeId, "referral.read", "GET", "/referrals/{id}"),
                        entry(id, intakeId, "referral.acknowledged", "POST", "/referrals/{id}/acknowledgement"),
                        entry(id, intakeId, "referral.timeline-read", "GET", "/referrals/{id}/timeline"),
                        entry(id, intakeId, "referral.rejected", "POST", "/referrals/{id}/rejection"));
        assertThat(trail.get(0)).containsEntry("method", "GET").containsEntry("path", "/referrals");

        // the intake's id finds the same records: the one id that follows the child from the police station
        assertThat(auditOf(intakeId, "sarpc.analyst")).isEqualTo(trail);
    }

    @Test
    void aRefusedOrImpossibleStepLeavesNoRecordOfAChange() {
        IntakeRecorded intake = referredToTirana();
        String id = (String) ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1").get("id");
        int before = auditOf(id, "sarpc.analyst").size();

        // refused after its audit record was written: the record goes with the rolled-back step
        step("cpu.tirana.worker1", id, "redirection", "{\"cpuCode\": \"cpu-tirane\", \"reason\": \"x\"}")
                .statusCode(422).body("errors.field", hasItem("cpuCode"));
        step("cpu.tirana.worker1", id, "redirection", "{\"cpuCode\": \"cpu-atlantis\", \"reason\": \"x\"}")
                .statusCode(422);
        step("cpu.tirana.worker1", id, "acceptance", null).statusCode(409);
        step("cpu.tirana.worker1", id, "rejection", "{}").statusCode(400);
        step("cpu.durres.worker", id, "acknowledgement", null).statusCode(403);
        as("cpu.durres.worker").when().get("/referrals/" + id).then().statusCode(403);

        // nothing of the refused steps; the other municipality's two attempts are on record as refused (decision 13)
        List<Map<String, Object>> trail = auditOf(id, "sarpc.analyst");
        assertThat(trail.subList(before, trail.size()))
                .extracting(row -> row.get("actor"), row -> row.get("method"), row -> row.get("outcome"))
                .containsExactly(tuple("cpu.durres.worker", "POST", "REFUSED"),
                        tuple("cpu.durres.worker", "GET", "REFUSED"));
    }

    @Test
    void theAuditIsForSupervisorsOfTheChildsMunicipalityAndSarpcOnly() {
        IntakeRecorded intake = referredToTirana();
        String id = (String) ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1").get("id");
        as("cpu.tirana.worker1").when().get("/referrals/" + id).then().statusCode(200);

        given().queryParam("child", id).when().get("/audit").then().statusCode(401)
                .contentType("application/problem+json");
        as("cpu.tirana.worker1").queryParam("child", id).when().get("/audit").then().statusCode(403)
                .contentType("application/problem+json");
        as("police.kamza").queryParam("child", id).when().get("/audit").then().statusCode(403);
        as("platform.admin").queryParam("child", id).when().get("/audit").then().statusCode(403);
        as("cpu.tirana.supervisor").queryParam("child", " ").when().get("/audit").then().statusCode(400)
                .body("errors.field", hasItem("child"));

        assertThat(auditOf(id, "cpu.tirana.supervisor")).extracting(row -> row.get("action")).contains("referral.read");
        assertThat(auditOf(id, "cpu.durres.supervisor")).isEmpty();
        assertThat(auditOf(id, "sarpc.analyst")).isEqualTo(auditOf(id, "cpu.tirana.supervisor"));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRecords() {
        IntakeRecorded intake = referredToTirana();
        String id = (String) ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.worker1").get("id");

        assertThatThrownBy(() -> tamperWith(database, "update audit_record set record_municipality = 'Durrës'"
                + " where record_id = '" + id + "'")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for table audit_record");
        assertThatThrownBy(() -> tamperWith(database, "delete from audit_record where record_id = '" + id + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table audit_record");
        assertThat(auditOf(id, "cpu.tirana.supervisor")).isNotEmpty();
    }

    private static IntakeRecorded referredToTirana() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        return intake;
    }

    /** What cpu.tirana.worker1 did to the referral of a Tirana child. */
    private static Map<String, Object> entry(String id, String intakeId, String action, String method,
            String path) {
        return AuditTrails.entry(TIRANA_WORKER, action, "referral", id, intakeId, "Tiranë", method, path);
    }

    private static ValidatableResponse step(String user, String id, String step, String body) {
        RequestSpecification request = as(user).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/referrals/" + id + "/" + step).then();
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
