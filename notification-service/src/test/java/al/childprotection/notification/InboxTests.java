package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

/**
 * Each user reads and marks only their own inbox. The first test receives a task for cpu.tirana.worker1 through
 * case.events; the later ones try that notification as somebody else.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxTests {

    private static final String OWNER = "cpu.tirana.worker1";
    private static final String OTHER = "cpu.tirana.worker2";

    /** The owner's notification, received by the first test. */
    private static UUID ownersNotification;

    @Test
    @Order(1)
    void theOwnerReadsANotificationAndItLeavesTheUnreadList() {
        TaskAssigned task = TaskAssignedSamples.firstContact(OWNER, Priority.NORMAL,
                Instant.now().plus(Duration.ofDays(3)));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, TaskAssignedSamples.correlationId(task));
        }
        NotificationView notice = await().atMost(Duration.ofSeconds(30))
                .until(() -> entryFor(task.taskId(), false), Optional::isPresent).orElseThrow();
        ownersNotification = notice.id();
        assertThat(notice.readAt()).isNull();
        assertThat(entryFor(task.taskId(), true)).isPresent();

        NotificationView read = InboxJson.notification(as(OWNER).post("/inbox/{id}/read", notice.id())
                .then().statusCode(200).extract().response());
        assertThat(read.readAt()).isNotNull();
        assertThat(read).usingRecursiveComparison().ignoringFields("readAt", "emailStatus").isEqualTo(notice);

        // reading it again keeps the first time it was read
        NotificationView again = InboxJson.notification(as(OWNER).post("/inbox/{id}/read", notice.id())
                .then().statusCode(200).extract().response());
        assertThat(again.readAt()).isEqualTo(read.readAt());

        assertThat(entryFor(task.taskId(), true)).isEmpty();
        assertThat(entryFor(task.taskId(), false)).hasValueSatisfying(n -> assertThat(n.readAt()).isNotNull());
    }

    @Test
    @Order(2)
    void someoneElsesNotificationIsForbiddenAndNotListed() {
        assertThat(ownersNotification).as("set by the first test").isNotNull();
        as(OTHER).get("/inbox/{id}", ownersNotification)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("outside your scope"));
        as(OTHER).post("/inbox/{id}/read", ownersNotification)
                .then().statusCode(403).contentType("application/problem+json");
        List<NotificationView> mine = InboxJson.notifications(as(OTHER).queryParam("limit", 500).get("/inbox")
                .then().statusCode(200).extract().response());
        assertThat(mine).extracting(NotificationView::id).doesNotContain(ownersNotification);
        assertThat(mine).allSatisfy(n -> assertThat(n.recipient()).isEqualTo(OTHER));
    }

    @Test
    void anUnknownNotificationIsNotFound() {
        UUID unknown = UUID.randomUUID();
        as(OWNER).get("/inbox/{id}", unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("notification " + unknown + " not found"));
        as(OWNER).post("/inbox/{id}/read", unknown).then().statusCode(404);
    }

    @Test
    void everyRoleOfTheRealmHasAnInbox() {
        // one demo user per role: police-psychosocial, cpu-worker, cpu-supervisor, shelter-staff, sarpc-analyst,
        // platform-admin
        for (String demoUser : List.of("police.kamza", OWNER, "cpu.durres.supervisor", "shelter.staff",
                "sarpc.analyst", "platform.admin")) {
            as(demoUser).get("/inbox").then().statusCode(200);
        }
    }

    @Test
    void aLimitOutside1To500IsABadRequest() {
        as(OWNER).queryParam("limit", 0).get("/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem("limit"));
        as(OWNER).queryParam("limit", 501).get("/inbox")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void withoutATokenTheInboxIsUnauthorized() {
        given().get("/inbox").then().statusCode(401).contentType("application/problem+json");
        given().get("/inbox/{id}", UUID.randomUUID()).then().statusCode(401);
        given().post("/inbox/{id}/read", UUID.randomUUID()).then().statusCode(401);
    }

    /** No demo user of the realm lacks a platform role: a test identity, not a token. */
    @Test
    @TestSecurity(user = "someone", roles = "offline_access")
    void aTokenWithoutAPlatformRoleIsForbidden() {
        given().get("/inbox").then().statusCode(403).contentType("application/problem+json");
        given().get("/inbox/{id}", UUID.randomUUID()).then().statusCode(403);
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }

    private static Optional<NotificationView> entryFor(UUID taskId, boolean unreadOnly) {
        return InboxJson.notifications(as(OWNER).queryParam("limit", 500).queryParam("unread", unreadOnly).get("/inbox")
                .then().statusCode(200).extract().response()).stream()
                .filter(n -> taskId.equals(n.taskId())).findFirst();
    }
}
