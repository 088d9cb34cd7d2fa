package al.childprotection.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** An overdue task still not done a window after task.overdue goes to SARPC, once, batch after batch. */
@QuarkusTest
@ExtendWith(Staff.class)
class OverdueEscalationTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void anOverdueTaskStillNotDoneAWindowLaterGoesToSarpcOnce() {
        List<ReferralCreated> referrals = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // made 100 hours ago: a NORMAL first contact (72 h) is overdue on arrival
            referrals.add(Referrals.made("cpu-tirane", "Tiranë", Referrals.aChild(), Priority.NORMAL,
                    Instant.now().minus(Duration.ofHours(100))));
        }
        try (EventTap cases = EventTap.on("case.events")) {
            try (EventPublisher publisher = new EventPublisher()) {
                for (ReferralCreated referral : referrals) {
                    publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                            referral.intakeId().toString());
                }
            }
            List<String> taskIds = new ArrayList<>();
            for (ReferralCreated referral : referrals) {
                taskIds.add(Events.data(cases.await(RosterTests.of(EventType.TASK_OVERDUE, referral), WITHIN))
                        .path("taskId").asText());
            }
            assertThat(cases.all(Duration.ofSeconds(2))).filteredOn(EventTap.ofType(
                    EventType.TASK_ESCALATED.ceType()).and(r -> taskIds.stream().anyMatch(r.value()::contains)))
                    .isEmpty();

            // announced overdue longer ago than the window (a day): more tasks than one look takes (3 in tests)
            assertThat(Database.update("update follow_up_task set overdue_at = now() - interval '25 hours'"
                    + " where id = any(?::uuid[])", (Object) taskIds.toArray(String[]::new))).isEqualTo(7);
            for (String taskId : taskIds) {
                ConsumerRecord<String, String> escalated = cases.await(EventTap.ofType(
                        EventType.TASK_ESCALATED.ceType()).and(r -> r.value().contains(taskId)), WITHIN);
                assertThat(EventSchemas.violations(EventType.TASK_ESCALATED.ceType(), escalated.value())).isEmpty();
                JsonNode data = Events.data(escalated);
                assertThat(data.path("reason").asText()).isEqualTo("OVERDUE");
                assertThat(data.path("level").asText()).isEqualTo("SARPC");
                assertThat(data.path("assignee").asText()).startsWith("cpu.tirana.worker");
            }
            List<ConsumerRecord<String, String>> all = cases.all(Duration.ofSeconds(4));
            for (String taskId : taskIds) {
                assertThat(all).filteredOn(EventTap.ofType(EventType.TASK_ESCALATED.ceType())
                        .and(r -> r.value().contains(taskId))).hasSize(1);
            }
        }
    }
}
