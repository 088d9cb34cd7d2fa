package al.childprotection.casework;

import static al.childprotection.casework.ChildMatchingTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A referral that ends elsewhere ends its case here: its open tasks cancelled with task.cancelled, the case closed
 * with the ending as its reason; a redirection opens the child's case at the new CPU with a first-contact task.
 */
@QuarkusTest
class ReferralEndingTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void aRedirectionClosesTheOldCaseAndOpensOneWithANamedWorkerAtTheNewCpuOnceWhenHeardTwice() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.HIGH);
        Map<String, Object> first = refer(referral);
        String oldCase = (String) first.get("caseId");
        ReferralRedirected redirected = new ReferralRedirected(referral.referralId(), "cpu-tirane", "cpu-durres",
                "Durrës", "cpu.tirana.supervisor", "The family moved to Durrës", Instant.now().plusSeconds(86_400),
                now(), referral.intakeId(), "CPU Durrës", referral.child(), referral.priority(), RiskLevel.HIGH,
                referral.situations());
        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_REDIRECTED, referral.referralId(), redirected, correlation(referral));
            publisher.publish(EventType.REFERRAL_REDIRECTED, referral.referralId(), redirected, correlation(referral));

            ConsumerRecord<String, String> cancelled = tap.await(of(EventType.TASK_CANCELLED, referral), WITHIN);
            assertThat(cancelled.value()).contains((String) first.get("id")).contains("redirected");
            assertThat(EventSchemas.violations(EventType.TASK_CANCELLED.ceType(), cancelled.value())).isEmpty();
            ConsumerRecord<String, String> closed = tap.await(of(EventType.CASE_CLOSED, referral), WITHIN);
            assertThat(closed.key()).isEqualTo(oldCase);
            assertThat(closed.value()).contains("\"reason\":\"REDIRECTED\"");
            assertThat(EventSchemas.violations(EventType.CASE_CLOSED.ceType(), closed.value())).isEmpty();
            ConsumerRecord<String, String> moved = tap.await(of(EventType.TASK_ASSIGNED, referral)
                    .and(r -> r.value().contains("cpu-durres")), WITHIN);
            assertThat(moved.value()).contains("\"assignee\":\"cpu.durres.worker\"").contains("FIRST_CONTACT");
            assertThat(moved.key()).isNotEqualTo(oldCase);
            String newCase = moved.key();

            // heard twice, acted on once
            List<ConsumerRecord<String, String>> rest = tap.all(Duration.ofSeconds(4));
            assertThat(rest).filteredOn(of(EventType.TASK_ASSIGNED, referral)
                    .and(r -> r.value().contains("FIRST_CONTACT"))).hasSize(1);
            assertThat(rest).filteredOn(of(EventType.CASE_CLOSED, referral)).hasSize(1);
            assertThat(rest).filteredOn(of(EventType.TASK_CANCELLED, referral)).hasSize(1);

            as((String) first.get("assignee")).when().get("/tasks/" + first.get("id")).then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            as("cpu.tirana.supervisor").when().get("/cases/" + oldCase).then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("closureReason", equalTo("REDIRECTED"));
            as("cpu.durres.worker").when().get("/cases/" + newCase).then().statusCode(200)
                    .body("cpuCode", equalTo("cpu-durres")).body("status", equalTo("OPEN"))
                    .body("tasks.findAll { it.kind == 'FIRST_CONTACT' }.assignee", equalTo(List.of("cpu.durres.worker")));
            as("cpu.tirana.supervisor").when().get("/cases/" + oldCase + "/timeline").then().statusCode(200)
                    .body("kind", hasItem("REDIRECTED_AWAY")).body("kind", hasItem("CASE_CLOSED"));
            as("cpu.durres.worker").when().get("/cases/" + newCase + "/timeline").then().statusCode(200)
                    .body("kind", hasItem("REDIRECTED_HERE"));
            as("cpu.durres.worker").when().get("/cases/" + oldCase).then().statusCode(403);
        }
    }

    @Test
    void aRevokedReferralCancelsItsTasksAndClosesItsCaseAsRevoked() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        assertEnds(referral, EventType.REFERRAL_REVOKED, new ReferralRevoked(referral.referralId(), "cpu-tirane",
                "Tiranë", "police.kamza", "police-kamez", "Recorded twice", now()), "REVOKED");
    }

    @Test
    void aRejectedReferralClosesItsCaseAsRejected() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        assertEnds(referral, EventType.REFERRAL_REJECTED, new ReferralRejected(referral.referralId(), "cpu-tirane",
                "Tiranë", "cpu.tirana.supervisor", "Not a protection matter", now()), "REJECTED");
    }

    @Test
    void aClosedReferralClosesItsCaseAsClosedWithTheReferralsOutcome() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        assertEnds(referral, EventType.REFERRAL_CLOSED, new ReferralClosed(referral.referralId(), "cpu-tirane",
                "Tiranë", "cpu.tirana.supervisor", "SAFE_WITH_FAMILY", now()), "CLOSED");
        as("cpu.tirana.supervisor").when().get("/cases/" + caseOf(referral)).then()
                .body("outcome", equalTo("SAFE_WITH_FAMILY"));
    }

    @Test
    void consentWithdrawnWithoutALegalBasisClosesTheCase() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        assertEnds(referral, EventType.REFERRAL_CONSENT_WITHDRAWN, new ReferralConsentWithdrawn(
                referral.referralId(), "cpu-tirane", "Tiranë", "cpu.tirana.worker1", false, null, now()),
                "CONSENT_WITHDRAWN");
    }

    @Test
    void consentWithdrawnWithALegalBasisAndAReferralClosedByItsOwnCaseLeaveTheCaseOpen() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        Map<String, Object> task = refer(referral);
        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CONSENT_WITHDRAWN, referral.referralId(),
                    new ReferralConsentWithdrawn(referral.referralId(), "cpu-tirane", "Tiranë", "cpu.tirana.worker1",
                            true, "Law 18/2017, art. 5: the child's best interest", now()),
                    correlation(referral));
            // what referral-service publishes when a case closed here closed the referral
            publisher.publish(EventType.REFERRAL_CLOSED, referral.referralId(), new ReferralClosed(
                    referral.referralId(), "cpu-tirane", "Tiranë", "case-service", "FOSTER_CARE", now()),
                    correlation(referral));
            // a later event of the same referral shows both were consumed before it
            publisher.publish(EventType.REFERRAL_REVOKED, referral.referralId(), new ReferralRevoked(
                    referral.referralId(), "cpu-tirane", "Tiranë", "police.kamza", "police-kamez", "Recorded twice",
                    now()), correlation(referral));
            ConsumerRecord<String, String> closed = tap.await(of(EventType.CASE_CLOSED, referral), WITHIN);
            assertThat(closed.value()).contains("\"reason\":\"REVOKED\"");
            assertThat(tap.all(Duration.ofSeconds(2))).filteredOn(of(EventType.CASE_CLOSED, referral)).hasSize(1);
        }
        as("cpu.tirana.supervisor").when().get("/cases/" + task.get("caseId") + "/timeline").then()
                .statusCode(200).body("findAll { it.kind == 'CASE_CLOSED' }.size()", equalTo(1));
    }

    @Test
    void anEndedReferralThatJoinedAnotherReferralsCaseStopsOnlyItsOwnTask() {
        ReferralCreated opening = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        Map<String, Object> openingTask = refer(opening);
        ReferralCreated joining = Referrals.to("cpu-tirane", "Tiranë", opening.child(), Priority.HIGH);
        Map<String, Object> joiningTask = refer(joining);
        assertThat(joiningTask.get("caseId")).isEqualTo(openingTask.get("caseId"));
        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_REVOKED, joining.referralId(), new ReferralRevoked(
                    joining.referralId(), "cpu-tirane", "Tiranë", "police.kamza", "police-kamez", "Recorded twice",
                    now()), correlation(joining));
            ConsumerRecord<String, String> cancelled = tap.await(of(EventType.TASK_CANCELLED, joining), WITHIN);
            assertThat(cancelled.value()).contains((String) joiningTask.get("id"));
        }
        as("cpu.tirana.supervisor").when().get("/cases/" + openingTask.get("caseId")).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("tasks.find { it.id == '" + openingTask.get("id") + "' }.status", equalTo("OPEN"))
                .body("tasks.find { it.id == '" + joiningTask.get("id") + "' }.status", equalTo("CANCELLED"));
        as("cpu.tirana.supervisor").when().get("/cases/" + openingTask.get("caseId") + "/timeline").then()
                .body("kind", hasItem("REFERRAL_REVOKED"));
    }

    @Test
    void anEndingOfAReferralWithoutACaseChangesNothing() {
        ReferralCreated unknown = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        ReferralCreated known = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        refer(known);
        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_REJECTED, unknown.referralId(), new ReferralRejected(
                    unknown.referralId(), "cpu-tirane", "Tiranë", "cpu.tirana.supervisor", "Not ours", now()),
                    correlation(unknown));
            publisher.publish(EventType.REFERRAL_REJECTED, known.referralId(), new ReferralRejected(
                    known.referralId(), "cpu-tirane", "Tiranë", "cpu.tirana.supervisor", "Not ours", now()),
                    correlation(known));
            tap.await(of(EventType.CASE_CLOSED, known), WITHIN);
            assertThat(tap.all(Duration.ofSeconds(1))).filteredOn(r -> r.value().contains(
                    unknown.referralId().toString())).isEmpty();
        }
    }

    private static void assertEnds(ReferralCreated referral, EventType type, Record ending, String reason) {
        Map<String, Object> task = refer(referral);
        try (EventTap tap = EventTap.on("case.events"); EventPublisher publisher = new EventPublisher()) {
            publisher.publish(type, referral.referralId(), ending, correlation(referral));
            publisher.publish(type, referral.referralId(), ending, correlation(referral));
            ConsumerRecord<String, String> cancelled = tap.await(of(EventType.TASK_CANCELLED, referral), WITHIN);
            assertThat(cancelled.value()).contains((String) task.get("id"))
                    .contains("\"assignee\":\"" + task.get("assignee") + "\"");
            assertThat(EventSchemas.violations(EventType.TASK_CANCELLED.ceType(), cancelled.value())).isEmpty();
            ConsumerRecord<String, String> closed = tap.await(of(EventType.CASE_CLOSED, referral), WITHIN);
            assertThat(closed.value()).contains("\"reason\":\"" + reason + "\"");
            assertThat(EventSchemas.violations(EventType.CASE_CLOSED.ceType(), closed.value())).isEmpty();
            List<ConsumerRecord<String, String>> rest = tap.all(Duration.ofSeconds(3));
            assertThat(rest).filteredOn(of(EventType.CASE_CLOSED, referral)).hasSize(1);
            assertThat(rest).filteredOn(of(EventType.TASK_CANCELLED, referral)).hasSize(1);
        }
        as((String) task.get("assignee")).when().get("/tasks/" + task.get("id")).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as("cpu.tirana.supervisor").when().get("/cases/" + task.get("caseId")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo(reason));
    }

    private static Map<String, Object> refer(ReferralCreated referral) {
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral, correlation(referral));
        }
        return FollowUpTaskAssignmentTests.awaitTask(referral);
    }

    private static String caseOf(ReferralCreated referral) {
        return (String) await().atMost(WITHIN).until(() -> FollowUpTaskAssignmentTests.awaitTask(referral),
                task -> task != null).get("caseId");
    }

    private static String correlation(ReferralCreated referral) {
        return referral.intakeId().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Predicate<ConsumerRecord<String, String>> of(EventType type, ReferralCreated referral) {
        return EventTap.ofType(type.ceType())
                .and(r -> correlation(referral).equals(EventTap.header(r, "ce_correlationid")));
    }
}
