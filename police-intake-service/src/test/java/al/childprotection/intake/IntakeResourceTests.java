package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.intake.domain.Consent;
import al.childprotection.intake.rest.IntakeView;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class IntakeResourceTests {

    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void anIntakeIsStoredAndPublishedOnceEvenWhenTheRequestIsRetried() {
        String key = UUID.randomUUID().toString();
        try (EventTap tap = EventTap.on("intake.events")) {
            var created = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(IntakeSamples.childLivingIn("Elirë", "Tiranë"))
                    .when().post("/intakes")
                    .then().statusCode(201)
                    .header("Idempotency-Replayed", "false")
                    .body("stationCode", equalTo("PS-KAMEZ"))
                    .body("stationMunicipality", equalTo("Kamëz"))
                    .body("child.givenName", equalTo("Elirë"))
                    .body("child.familyName", equalTo("Çela"))
                    .body("recordedBy", equalTo("police.kamza"))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/intakes/" + id);

            given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(IntakeSamples.childLivingIn("Elirë", "Tiranë"))
                    .when().post("/intakes")
                    .then().statusCode(201)
                    .header("Location", endsWith("/intakes/" + id))
                    .header("Idempotency-Replayed", "true")
                    .body("id", equalTo(id));

            ConsumerRecord<String, String> event = tap.await(r -> id.equals(r.key()), Duration.ofSeconds(15));
            assertThat(EventTap.header(event, "ce_type")).isEqualTo(EventType.INTAKE_RECORDED.ceType());
            assertThat(EventTap.header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(EventTap.header(event, "ce_source")).isEqualTo("police-intake-service");
            assertThat(EventTap.header(event, "ce_subject")).isEqualTo(id);
            assertThat(EventTap.header(event, "ce_correlationid")).isEqualTo(id);
            assertThat(EventSchemas.violations(EventType.INTAKE_RECORDED.ceType(), event.value())).isEmpty();
            assertThat(event.value()).contains("\"residenceMunicipality\":\"Tiranë\"")
                    .doesNotContain("warm clothes").doesNotContain("psychologist present");

            List<ConsumerRecord<String, String>> forThisIntake = tap.all(Duration.ofSeconds(2)).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(forThisIntake).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void theStationSeesEverythingItRecorded() throws Exception {
        String body = IntakeSamples.childLivingIn("Elirë", "Tiranë")
                .replace("\"residenceMunicipality\": \"Tiranë\",",
                        "\"residenceMunicipality\": \"Tiranë\", \"residenceUnit\": \"Njësia Administrative nr. 5\",");
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        IntakeView seen = EventSchemas.mapper().readValue(
                given().when().get("/intakes/" + id).then().statusCode(200).extract().asString(), IntakeView.class);

        IntakeView expected = new IntakeView(UUID.fromString(id), "PS-KAMEZ",
                "Komisariati i Policisë Kamëz", "Kamëz",
                Instant.parse("2026-11-28T21:40:00Z"),
                new IntakeView.Child("Elirë", "Çela", LocalDate.of(2013, 4, 2), null, Sex.FEMALE, "Albanian",
                        List.of("Albanian", "Italian"), IntakeSamples.PERSONAL_NUMBER, "Tiranë",
                        "Njësia Administrative nr. 5", new IntakeView.Guardian(IntakeSamples.GUARDIAN_NAME,
                                "grandmother", IntakeSamples.GUARDIAN_PHONE)),
                List.of(Situation.VICTIM, Situation.WITHOUT_PARENTAL_CARE), IntakeSamples.CIRCUMSTANCES,
                new IntakeView.Safeguards(false, false, true, true),
                "Calmed, interview with a psychologist present", "warm clothes",
                List.of(IntakeSamples.RISK_FLAG, "out alone at night"), RiskLevel.MEDIUM, Priority.HIGH,
                Consent.BEST_INTEREST_OF_THE_CHILD, IntakeSamples.LEGAL_BASIS, "police.kamza", null, null, null,
                null);
        assertThat(seen).usingRecursiveComparison().ignoringFields("recordedAt").isEqualTo(expected);
        assertThat(seen.recordedAt()).isNotNull();
    }

    /** Other services route on the event; what only the station needs stays at the station. */
    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void thePublishedEventCarriesSituationsAndPriorityButNoFreeTextContactOrPersonalNumber() throws Exception {
        try (EventTap tap = EventTap.on("intake.events")) {
            String id = given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn("Blerta", "Kamëz"))
                    .when().post("/intakes").then().statusCode(201).extract().path("id");

            String payload = tap.await(r -> id.equals(r.key()), Duration.ofSeconds(15)).value();
            assertThat(EventSchemas.violations(EventType.INTAKE_RECORDED.ceType(), payload)).isEmpty();
            IntakeRecorded event = EventSchemas.mapper().readValue(payload, IntakeRecorded.class);
            assertThat(event).usingRecursiveComparison().ignoringFields("recordedAt").isEqualTo(new IntakeRecorded(
                    UUID.fromString(id), "PS-KAMEZ", "Kamëz", Instant.parse("2026-11-28T21:40:00Z"),
                    new ChildSummary("Blerta", "Çela", LocalDate.of(2013, 4, 2), null, Sex.FEMALE), "Kamëz", null,
                    List.of(Situation.VICTIM, Situation.WITHOUT_PARENTAL_CARE), RiskLevel.MEDIUM, Priority.HIGH,
                    null, ConsentGround.BEST_INTEREST_OF_THE_CHILD, IntakeSamples.LEGAL_BASIS));

            JsonNode json = EventSchemas.mapper().readTree(payload);
            assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("intakeId", "stationCode",
                    "stationMunicipality", "contactAt", "child", "residenceMunicipality", "residenceUnit",
                    "situations", "riskLevel", "priority", "recordedAt", "consent", "legalBasis");
            assertThat(json.get("consent").asText()).isEqualTo("BEST_INTEREST_OF_THE_CHILD");
            assertThat(json.get("legalBasis").asText()).isEqualTo(IntakeSamples.LEGAL_BASIS);
            assertThat(json.get("child").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("givenName", "familyName", "dateOfBirth", "estimatedAge", "sex");
            assertThat(payload).doesNotContain(IntakeSamples.PERSONAL_NUMBER, IntakeSamples.GUARDIAN_NAME,
                    IntakeSamples.GUARDIAN_PHONE, "grandmother", IntakeSamples.CIRCUMSTANCES,
                    IntakeSamples.RISK_FLAG, "warm clothes", "psychologist present", "Italian", "Albanian");
        }
    }

    /** Situations are a set: a retry that ticks them in another order, or one twice, is the same request. */
    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void situationsInAnotherOrderAreTheSameRequest() {
        String key = UUID.randomUUID().toString();
        String body = IntakeSamples.childLivingIn("Jonida", "Kamëz");
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("[\"VICTIM\", \"WITHOUT_PARENTAL_CARE\"]",
                        "[\"WITHOUT_PARENTAL_CARE\", \"VICTIM\", \"WITHOUT_PARENTAL_CARE\"]"))
                .when().post("/intakes")
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(id))
                .body("situations", contains("VICTIM", "WITHOUT_PARENTAL_CARE"));
    }

    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void theSameIdempotencyKeyForADifferentChildIsRefused() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(IntakeSamples.childLivingIn("Ardit", "Durrës"))
                .when().post("/intakes").then().statusCode(201);

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(IntakeSamples.childLivingIn("Besa", "Durrës"))
                .when().post("/intakes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("errors.field", hasItem("Idempotency-Key"));
        given().when().get("/intakes?limit=500").then().statusCode(200)
                .body("findAll { it.child.givenName == 'Besa' }.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void aStationSeesItsOwnIntakes() {
        String id = given().contentType(ContentType.JSON)
                .body(IntakeSamples.childLivingIn("Klea", "Kamëz"))
                .when().post("/intakes").then().statusCode(201).extract().path("id");

        given().when().get("/intakes/" + id).then().statusCode(200).body("child.givenName", equalTo("Klea"));
        given().when().get("/intakes?limit=500").then().statusCode(200).body("id", hasItem(id));
        given().when().get("/intakes/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
    void retriesArrivingTogetherStillMakeOneIntake() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = IntakeSamples.childLivingIn("Gent", "Kamëz");
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body).when().post("/intakes")
                        .then().statusCode(201).extract().<String>path("id")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
