package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.TestEnvironment;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;

/**
 * A crash of police-intake-service between publishing an outbox row and marking it sent: the broker has the
 * event, the row is still unsent, and the relay sends it again after the restart. The same state is made here
 * directly in the database (the row of a published intake.recorded marked unsent again), so the test does not
 * depend on killing a process at the right microsecond: a duplicate message on the topic, and still one
 * referral, one task and one notification.
 */
@ExtendWith(PackagedPlatform.class)
class OutboxCrashIT {

    @Test
    void aRowPublishedButNotMarkedSentIsSentTwiceAndTakesEffectOnce() throws Exception {
        try (EventTap intakes = EventTap.on("intake.events")) {
            String intakeId = given().auth().oauth2(TestTokens.of("police.kamza")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Intakes.of("Drita", "Crash-" + UUID.randomUUID().toString().substring(0, 6),
                            "Tiranë"))
                    .when().post(PackagedServices.url("police-intake-service") + "/intakes")
                    .then().statusCode(201).extract().path("id");
            ConsumerRecord<String, String> first = intakes.await(r -> intakeId.equals(r.key())
                    && EventType.INTAKE_RECORDED.ceType().equals(EventTap.header(r, "ce_type")), Duration.ofSeconds(30));
            String eventId = EventTap.header(first, "ce_id");
            Map<String, Object> task = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> IntakeToTaskFlowIT.tasksOfIntake(intakeId), found -> found != null);

            // the state a crash between send and mark leaves behind
            assertThat(markUnsent(eventId)).isEqualTo(1);

            ConsumerRecord<String, String> second = intakes.await(r -> eventId.equals(EventTap.header(r, "ce_id"))
                    && r.offset() != first.offset(), Duration.ofSeconds(30));
            assertThat(second.value()).isEqualTo(first.value());

            // every service downstream has seen the duplicate and changed nothing: counted in their databases,
            // so that no list's length or order can hide a second row
            String referralId = (String) task.get("referralId");
            String taskId = (String) task.get("id");
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(count("CP_REFERRAL_DB", "select count(*) from referral where intake_id = cast(? as uuid)",
                        intakeId)).as("referrals of the intake").isEqualTo(1);
                assertThat(count("CP_CASE_DB", "select count(*) from follow_up_task where referral_id = cast(? as uuid)"
                        + " and kind = 'FIRST_CONTACT'", referralId)).as("first tasks of the referral").isEqualTo(1);
                assertThat(count("CP_NOTIFICATION_DB", "select count(*) from notification where task_id = cast(? as uuid)"
                        + " and kind = 'TASK_ASSIGNED'", taskId)).as("notifications of the task").isEqualTo(1);
            });
        }
    }

    private static long count(String database, String sql, String id) throws SQLException {
        try (Connection db = e2eDatabase(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection e2eDatabase(String database) throws SQLException {
        String url = "jdbc:postgresql://" + TestEnvironment.env("CP_DB_HOST", "127.0.0.1") + ":"
                + TestEnvironment.env("CP_DB_PORT", "5432") + "/" + TestEnvironment.env(database, "")
                + TestEnvironment.env("CP_E2E_DB_SUFFIX", "_e2e");
        return DriverManager.getConnection(url, TestEnvironment.env("CP_DB_USER", "childprotection"),
                TestEnvironment.env("CP_DB_PASSWORD", "childprotection"));
    }

    private static int markUnsent(String eventId) throws SQLException {
        try (Connection db = e2eDatabase("CP_INTAKE_DB"); PreparedStatement unsent = db.prepareStatement(
                "update outbox_event set sent_at = null where event_id = cast(? as uuid)")) {
            unsent.setString(1, eventId);
            return unsent.executeUpdate();
        }
    }
}
