package al.childprotection.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every endpoint: no token, wrong role, another municipality. */
@QuarkusTest
@ExtendWith(Staff.class)
class CaseAccessTests {

    @Test
    void theAssigneeSeesTheTaskAndTheCaseAndAnotherMunicipalitySeesNothing() {
        ReferralCreated referral = Referrals.to("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
        }
        Map<String, Object> task = FollowUpTaskAssignmentTests.awaitTask(referral);
        String taskId = (String) task.get("id");
        String caseId = (String) task.get("caseId");
        String assignee = (String) task.get("assignee");

        as(assignee).queryParam("limit", 500).when().get("/tasks").then().statusCode(200).body("id", hasItem(taskId));
        as(assignee).when().get("/tasks/" + taskId).then().statusCode(200).body("assignee", equalTo(assignee));
        as(assignee).when().get("/cases/" + caseId).then().statusCode(200)
                .body("child.familyName", equalTo(referral.child().familyName()))
                .body("tasks.id", hasItem(taskId));

        as("cpu.durres.worker").when().get("/tasks/" + taskId).then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.durres.worker").when().get("/cases/" + caseId).then().statusCode(403);
        as("cpu.durres.supervisor").queryParam("limit", 500)
                .when().get("/tasks").then().statusCode(200).body("id", not(hasItem(taskId)));
    }

    @Test
    void withoutATokenNothingIsOpen() {
        given().when().get("/tasks").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/tasks/" + UUID.randomUUID()).then().statusCode(401);
        given().when().get("/cases/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void otherRolesCannotReadCasework() {
        for (String user : new String[] { "police.kamza", "shelter.staff", "sarpc.analyst" }) {
            as(user).when().get("/tasks").then().statusCode(403).contentType("application/problem+json");
            as(user).when().get("/tasks/" + UUID.randomUUID()).then().statusCode(403);
            as(user).when().get("/cases/" + UUID.randomUUID()).then().statusCode(403);
        }
    }

    @Test
    void unknownRecordsAreNotFound() {
        as("cpu.tirana.worker1").when().get("/tasks/" + UUID.randomUUID()).then().statusCode(404);
        as("cpu.tirana.worker1").when().get("/cases/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
