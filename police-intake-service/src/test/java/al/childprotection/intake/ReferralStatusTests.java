package al.childprotection.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralAccepted;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** The station follows its referrals through referral-service's events, published here as that service would. */
@QuarkusTest
@TestSecurity(user = "police.kamza", roles = "police-psychosocial")
@OidcSecurity(claims = @Claim(key = "police_station", value = "PS-KAMEZ"))
class ReferralStatusTests {

    @Test
    void theIntakeShowsItsReferralAsItMoves() {
        String intakeId = recordIntake("Arbër");
        given().when().get("/intakes/" + intakeId).then().statusCode(200).body("referral", nullValue());
        UUID referralId = UUID.randomUUID();

        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referralId, created(referralId, intakeId), intakeId);
            awaitReferral(intakeId, "CREATED", false);
            given().when().get("/intakes/" + intakeId).then()
                    .body("referral.id", equalTo(referralId.toString()))
                    .body("referral.cpuCode", equalTo("cpu-kamez"));

            publisher.publish(EventType.REFERRAL_ESCALATED, referralId, new ReferralEscalated(referralId, "cpu-kamez",
                    "Kamëz", Priority.HIGH, EscalationLevel.SUPERVISOR, Instant.now(), Instant.now()), intakeId);
            awaitReferral(intakeId, "CREATED", true);

            publisher.publish(EventType.REFERRAL_ACKNOWLEDGED, referralId,
                    new ReferralAcknowledged(referralId, "cpu-kamez", "Kamëz", "cpu.kamza.worker1", Instant.now()),
                    intakeId);
            awaitReferral(intakeId, "ACKNOWLEDGED", false);
            // the station's list shows the same
            given().when().get("/intakes?limit=500").then()
                    .body("find { it.id == '" + intakeId + "' }.referral.status", equalTo("ACKNOWLEDGED"));
        }
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String intakeId = recordIntake("Drita");
        UUID referralId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referralId, created(referralId, intakeId), intakeId);
            ReferralEscalated escalated = new ReferralEscalated(referralId, "cpu-kamez", "Kamëz", Priority.HIGH,
                    EscalationLevel.SUPERVISOR, Instant.now(), Instant.now());
            String escalation = publisher.publish(EventType.REFERRAL_ESCALATED, referralId, escalated, intakeId);
            publisher.publish(EventType.REFERRAL_ACKNOWLEDGED, referralId,
                    new ReferralAcknowledged(referralId, "cpu-kamez", "Kamëz", "cpu.kamza.worker1", Instant.now()),
                    intakeId);
            awaitReferral(intakeId, "ACKNOWLEDGED", false);

            // the broker hands the escalation over again; had it been applied twice, the referral would be overdue
            publisher.publish(EventType.REFERRAL_ESCALATED, referralId, escalated, intakeId, escalation);
            // same key, same partition: once this later event shows, the redelivery before it has been consumed
            publisher.publish(EventType.REFERRAL_ACCEPTED, referralId,
                    new ReferralAccepted(referralId, "cpu-kamez", "Kamëz", "cpu.kamza.worker1", Instant.now()),
                    intakeId);
            awaitReferral(intakeId, "ACCEPTED", false);
        }
    }

    @Test
    void aRedirectedReferralShowsItsNewUnitUntilItCloses() {
        String intakeId = recordIntake("Kujtim");
        UUID referralId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referralId, created(referralId, intakeId), intakeId);
            publisher.publish(EventType.REFERRAL_REJECTED, referralId, new ReferralRejected(referralId, "cpu-kamez",
                    "Kamëz", "cpu.kamza.worker1", "the family lives in Tirana", Instant.now()), intakeId);
            awaitReferral(intakeId, "REJECTED", false);

            publisher.publish(EventType.REFERRAL_REDIRECTED, referralId, new ReferralRedirected(referralId,
                    "cpu-kamez", "cpu-tirane-nj05", "Tiranë", "cpu.kamza.supervisor", "residence is Tirana, unit 5",
                    Instant.now().plusSeconds(86_400), Instant.now()), intakeId);
            awaitReferral(intakeId, "REDIRECTED", false);
            given().when().get("/intakes/" + intakeId).then().body("referral.cpuCode", equalTo("cpu-tirane-nj05"));

            publisher.publish(EventType.REFERRAL_CLOSED, referralId, new ReferralClosed(referralId, "cpu-tirane-nj05",
                    "Tiranë", "cpu.tirana.worker1", "child back in school, family supported", Instant.now()), intakeId);
            awaitReferral(intakeId, "CLOSED", false);
            given().when().get("/intakes/" + intakeId).then()
                    .body("referral.id", equalTo(referralId.toString()))
                    .body("referral.cpuCode", equalTo("cpu-tirane-nj05"));
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithoutBlockingTheReferral() {
        String intakeId = recordIntake("Besnik");
        UUID referralId = UUID.randomUUID();
        try (EventTap dlt = EventTap.on("referral.events.police-intake-service.dlt");
                EventPublisher publisher = new EventPublisher()) {
            // same key, so the poison sits in front of the real event on the same partition
            publisher.publishRaw("referral.events", referralId.toString(), "{\"not\": \"an event\"}");
            publisher.publish(EventType.REFERRAL_CREATED, referralId, created(referralId, intakeId), intakeId);

            awaitReferral(intakeId, "CREATED", false);
            dlt.await(r -> referralId.toString().equals(r.key()), Duration.ofSeconds(30));
        }
    }

    private static String recordIntake(String givenName) {
        return given().contentType(ContentType.JSON).body(IntakeSamples.childLivingIn(givenName, "Kamëz"))
                .when().post("/intakes").then().statusCode(201).extract().path("id");
    }

    /** The first event of a run may wait for the consumer to join its group and catch up with the topic. */
    private static void awaitReferral(String intakeId, String status, boolean overdue) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                .when().get("/intakes/" + intakeId).then().statusCode(200)
                .body("referral.status", equalTo(status))
                .body("referral.overdue", equalTo(overdue)));
    }

    private static ReferralCreated created(UUID referralId, String intakeId) {
        Instant now = Instant.now();
        return new ReferralCreated(referralId, UUID.fromString(intakeId), "cpu-kamez",
                "Njësia për Mbrojtjen e Fëmijëve, Bashkia Kamëz", "Kamëz", Priority.HIGH,
                new ChildSummary("Arbër", "Çela", LocalDate.of(2013, 4, 2), null, Sex.FEMALE),
                List.of(Situation.VICTIM, Situation.WITHOUT_PARENTAL_CARE), RiskLevel.MEDIUM,
                "residence Kamëz", now, now.plusSeconds(86_400));
    }
}
