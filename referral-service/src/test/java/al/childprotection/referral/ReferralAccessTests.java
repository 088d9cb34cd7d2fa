package al.childprotection.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every endpoint: no token, wrong role, another municipality. */
@QuarkusTest
class ReferralAccessTests {

    @Test
    void aWorkerOfAnotherMunicipalitySeesNothingOfAReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        Map<String, Object> referral = ReferralRoutingTests.awaitReferral(intake, "cpu.tirana.supervisor");
        String id = (String) referral.get("id");

        as("cpu.tirana.worker2").when().get("/referrals/" + id).then().statusCode(200).body("id", equalTo(id));
        as("cpu.durres.worker").when().get("/referrals/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.durres.supervisor").when().get("/referrals").then().statusCode(200).body("id", not(hasItem(id)));
        as("sarpc.analyst").when().get("/referrals/" + id).then().statusCode(200);
    }

    @Test
    void withoutATokenNothingIsOpen() {
        given().when().get("/referrals").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/referrals/" + UUID.randomUUID()).then().statusCode(401);
        given().when().get("/directory/child-protection-units").then().statusCode(401);
    }

    @Test
    void policeAndShelterStaffCannotReadReferrals() {
        as("police.kamza").when().get("/referrals").then().statusCode(403).contentType("application/problem+json");
        as("police.kamza").when().get("/referrals/" + UUID.randomUUID()).then().statusCode(403);
        as("shelter.staff").when().get("/referrals").then().statusCode(403);
    }

    @Test
    void anUnknownReferralIsNotFound() {
        as("cpu.tirana.worker1").when().get("/referrals/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }
}
