package al.childprotection.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** referral.corrected on the real broker corrects the case's child, never the deadline of its tasks. */
@QuarkusTest
@ExtendWith(Staff.class)
class ReferralCorrectionTests {

    private static final String DEAD_LETTERS = "referral.events.case-service.dlt";

    @Test
    void aCorrectionFixesTheChildButNotTheDeadline() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        ChildSummary child = referral.child();
        ChildSummary fixed = new ChildSummary(child.givenName(), "Hoxha" + child.familyName().substring(4),
                LocalDate.of(2012, 11, 20), null, child.sex());
        try (EventPublisher publisher = new EventPublisher()) {
            publish(publisher, referral);
            Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(referral);
            String caseId = (String) task.get("caseId");

            // the correction proposes a higher priority: the task keeps its own and its due time
            publish(publisher, Referrals.corrected(referral, fixed, Priority.EMERGENCY));
            awaitChild(caseId, fixed);
            asTiranaWorker().when().get("/cases/" + caseId).then().statusCode(200)
                    .body("child.givenName", equalTo(child.givenName()))
                    .body("child.sex", equalTo("FEMALE"))
                    .body("tasks.id", contains(task.get("id")))
                    .body("tasks[0].dueAt", equalTo(task.get("dueAt")))
                    .body("tasks[0].priority", equalTo("NORMAL"));

            given().auth().oauth2(TestTokens.of("cpu.durres.worker")).when().get("/cases/" + caseId).then()
                    .statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aRedeliveredCorrectionChangesNothingFurther() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.HIGH);
        String suffix = referral.child().familyName().substring(4);
        ChildSummary first = new ChildSummary("Elirë", "Hoxha" + suffix, LocalDate.of(2012, 11, 20), null,
                Sex.FEMALE);
        ChildSummary second = new ChildSummary("Elirë", "Hoxhaj" + suffix, LocalDate.of(2012, 11, 21), null,
                Sex.FEMALE);
        try (EventPublisher publisher = new EventPublisher()) {
            publish(publisher, referral);
            Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(referral);
            String caseId = (String) task.get("caseId");

            ReferralCorrected early = Referrals.corrected(referral, first, Priority.HIGH);
            String earlyId = publish(publisher, early);
            awaitChild(caseId, first);
            publish(publisher, Referrals.corrected(referral, second, Priority.HIGH));
            awaitChild(caseId, second);

            // the early correction again, with its own id: a redelivery, which must not undo the later one
            publisher.publish(EventType.REFERRAL_CORRECTED, referral.referralId(), early,
                    referral.intakeId().toString(), earlyId);
            // behind it on the same partition: another referral of the child as corrected, typed without
            // Albanian letters; once it has a task the redelivery has been consumed, and it proves the match key
            ChildSummary retyped = new ChildSummary("Elire", second.familyName(), second.dateOfBirth(), null,
                    Sex.FEMALE);
            ReferralCreated again = Referrals.to("cpu-tirane", "Tiranë", retyped, Priority.NORMAL);
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), again,
                    again.intakeId().toString());
            assertThat(FollowUpTaskAssignmentTests.awaitTask(again).get("caseId")).isEqualTo(caseId);

            asTiranaWorker().when().get("/cases/" + caseId).then().statusCode(200)
                    .body("child.familyName", equalTo(second.familyName()))
                    .body("child.dateOfBirth", equalTo("2012-11-21"))
                    .body("tasks.find { it.id == '" + task.get("id") + "' }.dueAt", equalTo(task.get("dueAt")));
            assertThat(FollowUpTaskAssignmentTests.tasksFor(referral, "cpu.tirana.supervisor")).hasSize(1);
        }
    }

    @Test
    void aCorrectionOfOneOfTwoReferralsOfTheSameChildChangesOnlyItsOwnCase() {
        ReferralCreated first = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        ReferralCreated second = Referrals.to("cpu-tirane", "Tiranë", first.child(), Priority.NORMAL);
        ChildSummary otherChild = new ChildSummary("Dorina", first.child().familyName(),
                first.child().dateOfBirth().minusYears(3), null, Sex.FEMALE);
        try (EventPublisher publisher = new EventPublisher()) {
            publish(publisher, first);
            String caseId = (String) FollowUpTaskAssignmentTests.awaitTask(first).get("caseId");
            publish(publisher, second);
            Map<String, Object> secondTask = FollowUpTaskAssignmentTests.awaitTask(second);
            assertThat(secondTask.get("caseId")).isEqualTo(caseId);

            // the second station finds it recorded another child: only its own referral's case changes
            publish(publisher, Referrals.corrected(second, otherChild, Priority.NORMAL));
            String ownCase = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> (String) FollowUpTaskAssignmentTests.tasksFor(second, "cpu.tirana.supervisor")
                            .get(0).get("caseId"), found -> !caseId.equals(found));
            awaitChild(ownCase, otherChild);
            asTiranaWorker().when().get("/cases/" + caseId).then().statusCode(200)
                    .body("child.givenName", equalTo(first.child().givenName()))
                    .body("child.dateOfBirth", equalTo(first.child().dateOfBirth().toString()))
                    .body("tasks.referralId", contains(first.referralId().toString()));
            asTiranaWorker().when().get("/cases/" + ownCase).then().statusCode(200)
                    .body("tasks.id", contains(secondTask.get("id")))
                    .body("tasks[0].dueAt", equalTo(secondTask.get("dueAt")));
        }
    }

    @Test
    void aCorrectionOfAReferralWithoutACaseIsRetriedThenDeadLettered() {
        ReferralCreated unknown = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            publish(publisher, Referrals.corrected(unknown, unknown.child(), Priority.NORMAL));
            // not dropped: after the consumer's retries with back-off it lands on the dead-letter topic
            ConsumerRecord<String, String> dead = deadLetters.await(
                    r -> unknown.referralId().toString().equals(r.key()), Duration.ofSeconds(60));
            assertThat(EventTap.header(dead, "ce_type")).isEqualTo(EventType.REFERRAL_CORRECTED.ceType());
        }
        assertThat(FollowUpTaskAssignmentTests.tasksFor(unknown, "cpu.tirana.supervisor")).isEmpty();
    }

    @Test
    void aCorrectionNamingAHigherRiskRaisesTheCasesRiskAndALowerOneNeverLowersIt() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        try (EventPublisher publisher = new EventPublisher()) {
            publish(publisher, referral);
            String caseId = (String) FollowUpTaskAssignmentTests.awaitTask(referral).get("caseId");

            ChildSummary retyped = new ChildSummary("Elirë", referral.child().familyName() + "i",
                    referral.child().dateOfBirth(), null, Sex.FEMALE);
            publish(publisher, correctedRisk(referral, retyped, RiskLevel.HIGH));
            awaitChild(caseId, retyped);
            ChildSummary again = new ChildSummary("Elirë", referral.child().familyName() + "a",
                    referral.child().dateOfBirth(), null, Sex.FEMALE);
            publish(publisher, correctedRisk(referral, again, RiskLevel.LOW));
            awaitChild(caseId, again);

            List<String> risks = asTiranaWorker().when().get("/cases/" + caseId + "/timeline").then()
                    .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'RISK_RAISED' }.note");
            assertThat(risks).singleElement().asString().contains("MEDIUM to HIGH");
        }
    }

    private static ReferralCorrected correctedRisk(ReferralCreated referral, ChildSummary child, RiskLevel risk) {
        ReferralCorrected corrected = Referrals.corrected(referral, child, referral.priority());
        return new ReferralCorrected(corrected.referralId(), corrected.intakeId(), corrected.cpuCode(),
                corrected.municipality(), child, corrected.situations(), risk, corrected.priority(),
                corrected.correctedAt());
    }

    private static void publish(EventPublisher publisher, ReferralCreated referral) {
        publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral, referral.intakeId().toString());
    }

    private static String publish(EventPublisher publisher, ReferralCorrected correction) {
        return publisher.publish(EventType.REFERRAL_CORRECTED, correction.referralId(), correction,
                correction.intakeId().toString());
    }

    private static void awaitChild(String caseId, ChildSummary child) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asTiranaWorker().when().get("/cases/" + caseId).then().statusCode(200)
                        .body("child.familyName", equalTo(child.familyName()))
                        .body("child.dateOfBirth", equalTo(child.dateOfBirth().toString())));
    }

    private static RequestSpecification asTiranaWorker() {
        return given().auth().oauth2(TestTokens.of("cpu.tirana.worker1"));
    }
}
