package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The Kurbin team corrects what it recorded: the intake changes in place and intake.corrected says so, once. */
@QuarkusTest
@TestSecurity(user = "police.kurbin", roles = "police-psychosocial")
@OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KURBIN"))
class IntakeCorrectionTests {

    static final String NEW_CIRCUMSTANCES = "Corrected: found at the Laç bus station, not in Kamëz; no bruise seen.";

    /** The sample intake as the team corrects it: another name, residence, situation, priority; no guardian. */
    static String corrected(String body) {
        return body.replace("\"Elirë\"", "\"Elira\"")
                .replace("\"residenceMunicipality\": \"Kurbin\"", "\"residenceMunicipality\": \"Lezhë\"")
                .replace("[\"VICTIM\", \"WITHOUT_PARENTAL_CARE\"]", "[\"SUSPECTED_TRAFFICKING_VICTIM\", \"VICTIM\"]")
                .replace("\"priority\": \"HIGH\"", "\"priority\": \"EMERGENCY\"")
                .replace(IntakeSamples.CIRCUMSTANCES, NEW_CIRCUMSTANCES)
                .replace("warm clothes", "a bed for tonight")
                .replaceAll("(?s),\\s*\"guardian\": \\{[^}]*\\}", "");
    }

    @Test
    void aCorrectionIsStoredShownAndPublishedOnce() throws Exception {
        String body = IntakeSamples.childLivingIn("Elirë", "Kurbin");
        try (EventTap tap = EventTap.on("intake.events")) {
            String id = record(body);
            String recordedAt = given().when().get("/intakes/" + id).then().extract().path("recordedAt");

            String correctedAt = given().contentType(ContentType.JSON).body(corrected(body))
                    .when().put("/intakes/" + id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("correctedBy", equalTo("police.kurbin"))
                    .body("correctedAt", notNullValue())
                    .extract().path("correctedAt");
            given().when().get("/intakes/" + id).then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("stationCode", equalTo("PS-KURBIN"))
                    .body("stationMunicipality", equalTo("Kurbin"))
                    .body("recordedBy", equalTo("police.kurbin"))
                    .body("recordedAt", equalTo(recordedAt))
                    .body("correctedBy", equalTo("police.kurbin"))
                    .body("correctedAt", equalTo(correctedAt))
                    .body("child.givenName", equalTo("Elira"))
                    .body("child.residenceMunicipality", equalTo("Lezhë"))
                    .body("child.guardian", nullValue())
                    .body("situations", contains("VICTIM", "SUSPECTED_TRAFFICKING_VICTIM"))
                    .body("priority", equalTo("EMERGENCY"))
                    .body("circumstances", equalTo(NEW_CIRCUMSTANCES))
                    .body("urgentNeeds", equalTo("a bed for tonight"));

            // the same correction sent again is no new correction
            given().contentType(ContentType.JSON).body(corrected(body)).when().put("/intakes/" + id)
                    .then().statusCode(200).body("correctedAt", equalTo(correctedAt));

            ConsumerRecord<String, String> event = tap.await(r -> id.equals(r.key())
                    && EventType.INTAKE_CORRECTED.ceType().equals(EventTap.header(r, "ce_type")),
                    Duration.ofSeconds(15));
            assertThat(EventTap.header(event, "ce_correlationid")).isEqualTo(id);
            assertThat(EventTap.header(event, "ce_subject")).isEqualTo(id);
            assertThat(EventSchemas.violations(EventType.INTAKE_CORRECTED.ceType(), event.value())).isEmpty();
            IntakeCorrected payload = EventSchemas.mapper().readValue(event.value(), IntakeCorrected.class);
            assertThat(payload).usingRecursiveComparison().ignoringFields("correctedAt").isEqualTo(
                    new IntakeCorrected(UUID.fromString(id), "PS-KURBIN", "Kurbin",
                            new ChildSummary("Elira", "Çela", LocalDate.of(2013, 4, 2), null, Sex.FEMALE), "Lezhë",
                            null, List.of(Situation.VICTIM, Situation.SUSPECTED_TRAFFICKING_VICTIM),
                            RiskLevel.MEDIUM, Priority.EMERGENCY, "police.kurbin", null));
            assertThat(payload.correctedAt()).isEqualTo(Instant.parse(correctedAt));
            assertThat(event.value()).doesNotContain(NEW_CIRCUMSTANCES, IntakeSamples.CIRCUMSTANCES,
                    "a bed for tonight", "psychologist present", IntakeSamples.LEGAL_BASIS, IntakeSamples.RISK_FLAG,
                    IntakeSamples.PERSONAL_NUMBER, IntakeSamples.GUARDIAN_NAME, IntakeSamples.GUARDIAN_PHONE,
                    "Italian", "BEST_INTEREST");

            assertThat(tap.all(Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key()))
                    .map(r -> EventTap.header(r, "ce_type")))
                    .containsExactly(EventType.INTAKE_RECORDED.ceType(), EventType.INTAKE_CORRECTED.ceType());
        }
    }

    /** Spaces around a name and situations in another order say the same thing: nothing changes. */
    @Test
    void aCorrectionEqualToTheIntakeChangesAndPublishesNothing() {
        String body = IntakeSamples.childLivingIn("Elirë", "Kurbin");
        String id = record(body);
        String before = given().when().get("/intakes/" + id).then().extract().asString();
        try (EventTap tap = EventTap.on("intake.events")) {
            given().contentType(ContentType.JSON)
                    .body(body.replace("\"Elirë\"", "\"  Elirë \"")
                            .replace("[\"VICTIM\", \"WITHOUT_PARENTAL_CARE\"]", "[\"WITHOUT_PARENTAL_CARE\", \"VICTIM\"]"))
                    .when().put("/intakes/" + id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("correctedBy", nullValue())
                    .body("correctedAt", nullValue());
            assertUnchanged(id, before, given(), tap);
        }
    }

    @Test
    void aMalformedCorrectionIsRefusedNamingEveryFieldAndChangesNothing() {
        String body = IntakeSamples.childLivingIn("Elirë", "Kurbin");
        String id = record(body);
        String before = given().when().get("/intakes/" + id).then().extract().asString();
        try (EventTap tap = EventTap.on("intake.events")) {
            given().contentType(ContentType.JSON)
                    .body(corrected(body).replace("\"sex\": \"FEMALE\",", "").replace("\"priority\": \"EMERGENCY\",", ""))
                    .when().put("/intakes/" + id)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItems("child.sex", "priority"));
            given().contentType(ContentType.JSON).body("{\"contactAt\": ")
                    .when().put("/intakes/" + id)
                    .then().statusCode(400).contentType("application/problem+json");
            given().contentType(ContentType.JSON).when().put("/intakes/" + id)
                    .then().statusCode(400).contentType("application/problem+json");
            assertUnchanged(id, before, given(), tap);
        }
    }

    @Test
    void anUnacceptableCorrectionIsRefusedNamingEveryFieldAndChangesNothing() {
        String body = IntakeSamples.childLivingIn("Elirë", "Kurbin");
        String id = record(body);
        String before = given().when().get("/intakes/" + id).then().extract().asString();
        try (EventTap tap = EventTap.on("intake.events")) {
            given().contentType(ContentType.JSON)
                    .body(corrected(body).replace("\"dateOfBirth\": \"2013-04-02\"", "\"estimatedAge\": 18")
                            .replace(NEW_CIRCUMSTANCES, "z".repeat(4001))
                            .replace(IntakeSamples.PERSONAL_NUMBER, "J1010101A")
                            .replace(IntakeSamples.LEGAL_BASIS, " "))
                    .when().put("/intakes/" + id)
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("child.estimatedAge", "circumstances",
                            "child.personalNumber", "legalBasis"));
            assertUnchanged(id, before, given(), tap);
        }
    }

    private static String record(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes").then().statusCode(201).extract().path("id");
    }

    /**
     * The intake reads as before, and no correction of it was published (its intake.recorded may still be on its
     * way when the tap opens: the relay publishes within a tick of the commit). The referral's status is not the
     * intake's data: a referral-service on the same broker may answer the intake at any moment.
     */
    static void assertUnchanged(String id, String before, RequestSpecification reader, EventTap tap) {
        String after = reader.when().get("/intakes/" + id).then().statusCode(200).extract().asString();
        assertThat(withoutReferral(after)).isEqualTo(withoutReferral(before));
        assertThat(tap.all(Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key()))
                .map(r -> EventTap.header(r, "ce_type"))).doesNotContain(EventType.INTAKE_CORRECTED.ceType());
    }

    private static JsonNode withoutReferral(String intake) {
        try {
            ObjectNode tree = (ObjectNode) EventSchemas.mapper().readTree(intake);
            tree.remove("referral");
            return tree;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not an intake: " + intake, e);
        }
    }
}
