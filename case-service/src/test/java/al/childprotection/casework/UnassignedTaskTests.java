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
import al.childprotection.contracts.RiskLevel;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** A task nobody can take is announced at once and goes to SARPC if still nobody's at its escalation time. */
@QuarkusTest
@ExtendWith(Staff.class)
class UnassignedTaskTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aTaskNobodyCanTakeIsAnnouncedWithItsEscalationTimeSoonerForAChildAtHighRisk() {
        String cpu = Referrals.aCpuOfItsOwn("cpu-shkoder");
        ReferralCreated medium = Referrals.to(cpu, "Shkodër", Referrals.aChild(), Priority.NORMAL);
        ReferralCreated high = Referrals.atRisk(Referrals.to(cpu, "Shkodër", Referrals.aChild(), Priority.HIGH),
                RiskLevel.HIGH);
        try (EventTap cases = EventTap.on("case.events")) {
            publish(medium, high);
            ConsumerRecord<String, String> mediumEvent = cases.await(RosterTests.of(EventType.TASK_UNASSIGNED,
                    medium), WITHIN);
            ConsumerRecord<String, String> highEvent = cases.await(RosterTests.of(EventType.TASK_UNASSIGNED, high),
                    WITHIN);
            assertThat(EventSchemas.violations(EventType.TASK_UNASSIGNED.ceType(), mediumEvent.value())).isEmpty();

            JsonNode waiting = Events.data(mediumEvent);
            assertThat(waiting.path("cpuCode").asText()).isEqualTo(cpu);
            assertThat(waiting.path("kind").asText()).isEqualTo("FIRST_CONTACT");
            assertThat(waiting.path("highRisk").asBoolean()).isFalse();
            assertThat(window(waiting)).isEqualTo(Duration.ofHours(3));
            assertThat(mediumEvent.key()).isEqualTo(waiting.path("caseId").asText());

            JsonNode urgent = Events.data(highEvent);
            assertThat(urgent.path("highRisk").asBoolean()).isTrue();
            assertThat(window(urgent)).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void aTaskStillUnassignedAtItsEscalationTimeGoesToSarpcOnceBatchAfterBatch() {
        String cpu = Referrals.aCpuOfItsOwn("cpu-shkoder");
        List<ReferralCreated> referrals = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            referrals.add(Referrals.to(cpu, "Shkodër", Referrals.aChild(), Priority.NORMAL));
        }
        List<String> taskIds = new ArrayList<>();
        try (EventTap cases = EventTap.on("case.events")) {
            publish(referrals.toArray(ReferralCreated[]::new));
            for (ReferralCreated referral : referrals) {
                taskIds.add(Events.data(cases.await(RosterTests.of(EventType.TASK_UNASSIGNED, referral), WITHIN))
                        .path("taskId").asText());
            }
            // their escalation time has come (more tasks than the clock takes in one look, 3 in tests)
            assertThat(Database.update("update follow_up_task set escalate_at = now() - interval '1 minute'"
                    + " where id = any(?::uuid[])", (Object) taskIds.toArray(String[]::new))).isEqualTo(7);

            for (String taskId : taskIds) {
                ConsumerRecord<String, String> escalated = cases.await(EventTap.ofType(
                        EventType.TASK_ESCALATED.ceType()).and(r -> r.value().contains(taskId)), WITHIN);
                assertThat(EventSchemas.violations(EventType.TASK_ESCALATED.ceType(), escalated.value())).isEmpty();
                JsonNode data = Events.data(escalated);
                assertThat(data.path("reason").asText()).isEqualTo("UNASSIGNED");
                assertThat(data.path("level").asText()).isEqualTo("SARPC");
                assertThat(data.path("assignee").isNull()).isTrue();
                assertThat(data.path("cpuCode").asText()).isEqualTo(cpu);
            }
            // the clock looks every second: a few more looks escalate none of them again
            List<ConsumerRecord<String, String>> all = cases.all(Duration.ofSeconds(4));
            for (String taskId : taskIds) {
                assertThat(all).filteredOn(EventTap.ofType(EventType.TASK_ESCALATED.ceType())
                        .and(r -> r.value().contains(taskId))).hasSize(1);
            }
        }
    }

    private static Duration window(JsonNode unassigned) {
        return Duration.between(Instant.parse(unassigned.path("at").asText()),
                Instant.parse(unassigned.path("escalateAt").asText()));
    }

    private static void publish(ReferralCreated... referrals) {
        try (EventPublisher publisher = new EventPublisher()) {
            for (ReferralCreated referral : referrals) {
                publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                        referral.intakeId().toString());
            }
        }
    }
}
