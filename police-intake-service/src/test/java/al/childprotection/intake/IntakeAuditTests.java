package al.childprotection.intake;

import static al.childprotection.testsupport.AuditTrails.auditOf;
import static al.childprotection.testsupport.AuditTrails.tamperWith;
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

import al.childprotection.testsupport.AuditTrails;
import al.childprotection.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every read and change of an intake leaves an audit record naming who, with which role and from where, did what
 * to which child, through which endpoint; supervisors of the child's municipality and SARPC read them.
 */
@QuarkusTest
class IntakeAuditTests {

    /** The psychosocial team of police station PS-KAMEZ, in Kamëz. */
    private static final AuditTrails.Actor KAMZA_TEAM = new AuditTrails.Actor("police.kamza", "police-psychosocial",
            "Kamëz");

    @Inject
    AgroalDataSource database;

    @Test
    void recordingReadingListingAndCorrectingAnIntakeAreEachAudited() {
        String contactAt = "2025-03-07T09:15:00Z";
        String body = IntakeSamples.metAt(contactAt, "Audita", "Tirana");
        String id = as("police.kamza").contentType(ContentType.JSON).body(body)
                .when().post("/intakes").then().statusCode(201).extract().path("id");
        as("police.kamza").when().get("/intakes/" + id).then().statusCode(200);
        as("police.kamza").queryParam("from", "2025-03-07").queryParam("to", "2025-03-07")
                .when().get("/intakes").then().statusCode(200).body("id", hasItem(id));
        as("police.kamza").contentType(ContentType.JSON).body(body.replace("warm clothes", "a doctor"))
                .when().put("/intakes/" + id).then().statusCode(200);

        List<Map<String, Object>> trail = auditOf(id, "sarpc.analyst");

        assertThat(trail).map(AuditTrails::withoutPositionAndTime).containsExactly(
                entry(id, "intake.recorded", "POST", "/intakes"),
                entry(id, "intake.read", "GET", "/intakes/{id}"),
                entry(id, "intake.listed", "GET", "/intakes"),
                entry(id, "intake.corrected", "PUT", "/intakes/{id}"));
        assertThat(trail).allSatisfy(row -> assertThat((String) row.get("at")).isNotBlank());
    }

    @Test
    void aRefusedCorrectionLeavesNoRecordOfAChangeButTheRefusedAttemptsAreAudited() {
        String body = IntakeSamples.childLivingIn("Refuzuar", "Tiranë");
        String id = as("police.kamza").contentType(ContentType.JSON).body(body)
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        as("police.kamza").contentType(ContentType.JSON).body(body.replace("2013-04-02", "2999-01-01"))
                .when().put("/intakes/" + id).then().statusCode(422);
        // another station's attempt is refused too, and reads nothing
        as("police.tirana").contentType(ContentType.JSON).body(body.replace("warm clothes", "food"))
                .when().put("/intakes/" + id).then().statusCode(403);
        as("police.tirana").when().get("/intakes/" + id).then().statusCode(403);

        // the invalid correction left nothing; the other station's attempts are on record as refused (decision 13)
        assertThat(auditOf(id, "sarpc.analyst"))
                .extracting(row -> row.get("action"), row -> row.get("actor"), row -> row.get("method"),
                        row -> row.get("outcome"))
                .containsExactly(tuple("intake.recorded", "police.kamza", "POST", "DONE"),
                        tuple("intake.refused", "police.tirana", "PUT", "REFUSED"),
                        tuple("intake.refused", "police.tirana", "GET", "REFUSED"));
    }

    @Test
    void theAuditIsForSupervisorsOfTheChildsMunicipalityAndSarpcOnly() {
        String id = as("police.kamza").contentType(ContentType.JSON)
                .body(IntakeSamples.childLivingIn("Mbikqyrur", "Tiranë"))
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        given().queryParam("child", id).when().get("/audit").then().statusCode(401)
                .contentType("application/problem+json");
        as("police.kamza").queryParam("child", id).when().get("/audit").then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.tirana.worker1").queryParam("child", id).when().get("/audit").then().statusCode(403);
        as("sarpc.analyst").when().get("/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("child"));

        assertThat(auditOf(id, "cpu.tirana.supervisor")).extracting(row -> row.get("action"))
                .containsExactly("intake.recorded");
        assertThat(auditOf(id, "cpu.durres.supervisor")).isEmpty();
        assertThat(auditOf(id, "sarpc.analyst")).hasSize(1);
    }

    @Test
    void theServicesCredentialsCannotUpdateDeleteOrTruncateAuditRecords() throws SQLException {
        String id = as("police.kamza").contentType(ContentType.JSON)
                .body(IntakeSamples.childLivingIn("Pandryshueshme", "Tiranë"))
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        // the service's own credentials may only add and read (AuditRoleTests: the triggers hold for the owner too)
        assertThatThrownBy(() -> tamperWith(database, "update audit_record set actor = 'nobody' where record_id = '"
                + id + "'")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for table audit_record");
        assertThatThrownBy(() -> tamperWith(database, "delete from audit_record where record_id = '" + id + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table audit_record");
        assertThatThrownBy(() -> tamperWith(database, "truncate audit_record"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table audit_record");

        assertThat(auditOf(id, "sarpc.analyst")).singleElement()
                .satisfies(row -> assertThat(row.get("actor")).isEqualTo("police.kamza"));
    }

    /** What police.kamza (station PS-KAMEZ, Kamëz) did to the intake of a child living in Tiranë. */
    private static Map<String, Object> entry(String id, String action, String method, String path) {
        return AuditTrails.entry(KAMZA_TEAM, action, "intake", id, id, "Tiranë", method, path);
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
