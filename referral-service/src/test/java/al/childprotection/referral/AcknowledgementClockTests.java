package al.childprotection.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The acknowledgement clock never starves: however many referrals wait at the supervisor's level ahead of them,
 * newly overdue referrals are reached, and each referral is escalated once per level.
 */
@QuarkusTest
class AcknowledgementClockTests {

    @Inject
    AgroalDataSource database;

    @ConfigProperty(name = "platform.sla.escalation-batch-size")
    int batch;

    @Test
    void newlyOverdueReferralsAreEscalatedOnceEachBehindMoreThanABatchOfReferralsWaitingAtTheSupervisor()
            throws Exception {
        String template = newTiranaReferral();
        try (EventTap tap = EventTap.on("referral.events")) {
            // older than the new ones, escalated to the supervisor, and a day's window from SARPC
            List<UUID> waiting = copies(template, 2 * batch + 1, Duration.ofMinutes(30), "SUPERVISOR");
            List<UUID> overdue = copies(template, 2 * batch + 1, Duration.ofMinutes(1), null);

            for (UUID id : overdue) {
                tap.await(EventTap.ofType(EventType.REFERRAL_ESCALATED.ceType())
                        .and(r -> id.toString().equals(r.key())), Duration.ofSeconds(20));
            }
            Map<String, Long> escalations = tap.all(Duration.ofSeconds(3)).stream()
                    .filter(EventTap.ofType(EventType.REFERRAL_ESCALATED.ceType()))
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(overdue).allSatisfy(id -> assertThat(escalations.get(id.toString())).isEqualTo(1L));
            assertThat(waiting).noneSatisfy(id -> assertThat(escalations).containsKey(id.toString()));
            assertThat(levels(overdue)).containsOnly("SUPERVISOR").hasSize(overdue.size());
            assertThat(levels(waiting)).containsOnly("SUPERVISOR").hasSize(waiting.size());
        }
    }

    @Test
    void referralsPastBothWindowsReachTheSupervisorThenSarpcOnceEach() throws Exception {
        String template = newTiranaReferral();
        try (EventTap tap = EventTap.on("referral.events")) {
            List<UUID> forgotten = copies(template, batch + 1, Duration.ofHours(30), null);
            Function<String, java.util.function.Predicate<ConsumerRecord<String, String>>> atSarpc =
                    id -> EventTap.ofType(EventType.REFERRAL_ESCALATED.ceType())
                            .and(r -> id.equals(r.key()) && r.value().contains("\"level\":\"SARPC\""));
            for (UUID id : forgotten) {
                tap.await(atSarpc.apply(id.toString()), Duration.ofSeconds(20));
            }
            List<ConsumerRecord<String, String>> seen = tap.all(Duration.ofSeconds(3));
            for (UUID id : forgotten) {
                assertThat(seen).filteredOn(r -> id.toString().equals(r.key()))
                        .filteredOn(EventTap.ofType(EventType.REFERRAL_ESCALATED.ceType()))
                        .extracting(r -> r.value().contains("\"level\":\"SARPC\"") ? "SARPC" : "SUPERVISOR")
                        .containsExactly("SUPERVISOR", "SARPC");
            }
            assertThat(levels(forgotten)).containsOnly("SARPC").hasSize(forgotten.size());
        }
    }

    /** {@code count} copies of a referral (a new id and intake), their deadline {@code ago}, at {@code level}. */
    private List<UUID> copies(String template, int count, Duration ago, String level) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop table if exists referral_copy");
                }
                try (PreparedStatement copy = connection.prepareStatement(
                        "create temp table referral_copy as select * from referral where id = ?")) {
                    copy.setObject(1, UUID.fromString(template));
                    copy.execute();
                }
                try (PreparedStatement change = connection.prepareStatement("update referral_copy set id = ?,"
                        + " intake_id = ?, acknowledge_by = now() - make_interval(secs => ?),"
                        + " escalation_level = ?, escalated_at = case when ? then now() end")) {
                    change.setObject(1, id);
                    change.setObject(2, UUID.randomUUID());
                    // in order of deadline, oldest first
                    change.setLong(3, ago.toSeconds() + count - i);
                    change.setString(4, level);
                    change.setBoolean(5, level != null);
                    change.executeUpdate();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into referral select * from referral_copy");
                    statement.execute("drop table referral_copy");
                }
                ids.add(id);
            }
        }
        return ids;
    }

    private List<String> levels(List<UUID> ids) throws Exception {
        List<String> levels = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select escalation_level from referral where id = any (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    levels.add(rows.getString(1));
                }
            }
        }
        return levels;
    }

    private static String newTiranaReferral() {
        IntakeRecorded intake = Intakes.atKamza("Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.INTAKE_RECORDED, intake.intakeId(), intake, intake.intakeId().toString());
        }
        // the first test of a run may wait for the service to join the intake topic's consumer group
        return (String) await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ReferralRoutingTests.referralsFor(intake, "cpu.tirana.worker1"), list -> !list.isEmpty())
                .get(0).get("id");
    }
}
