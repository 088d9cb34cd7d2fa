package al.childprotection.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** An open case with no activity for 14 days is announced stale, once per quiet period. */
@QuarkusTest
@ExtendWith(Staff.class)
class StaleCaseTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aCaseQuietForFourteenDaysIsAnnouncedOncePerQuietPeriod() {
        Map<String, Object> file = ChildMatchingTests.referAndAwaitCase(Referrals.aChild());
        String caseId = (String) file.get("id");
        try (EventTap cases = EventTap.on("case.events")) {
            assertThat(stale(cases.all(Duration.ofSeconds(3)), caseId)).isEmpty();

            // nothing happened on the case for 15 days
            Instant quietSince = Instant.now().minus(Duration.ofDays(15)).truncatedTo(ChronoUnit.MILLIS);
            assertThat(Database.update("update protection_case set last_activity_at = ? where id = ?::uuid",
                    java.sql.Timestamp.from(quietSince), caseId)).isEqualTo(1);
            ConsumerRecord<String, String> announced = cases.await(EventTap.ofType(EventType.CASE_STALE.ceType())
                    .and(r -> r.key().equals(caseId)), WITHIN);
            assertThat(EventSchemas.violations(EventType.CASE_STALE.ceType(), announced.value())).isEmpty();
            JsonNode data = Events.data(announced);
            assertThat(data.path("cpuCode").asText()).isEqualTo("cpu-tirane");
            assertThat(data.path("worker").asText()).isEqualTo(file.get("worker"));
            assertThat(Instant.parse(data.path("lastActivityAt").asText())).isEqualTo(quietSince);
            // the clock looks every second: the same quiet period is not announced again
            assertThat(stale(cases.all(Duration.ofSeconds(4)), caseId)).hasSize(1);

            // activity, then quiet again for 14 days: a new period, announced once more
            Instant laterQuiet = Instant.now().minus(Duration.ofDays(14)).minus(Duration.ofHours(1))
                    .truncatedTo(ChronoUnit.MILLIS);
            Database.update("update protection_case set last_activity_at = ? where id = ?::uuid",
                    java.sql.Timestamp.from(laterQuiet), caseId);
            cases.await(EventTap.ofType(EventType.CASE_STALE.ceType()).and(r -> r.key().equals(caseId))
                    .and(r -> Instant.parse(Events.data(r).path("lastActivityAt").asText()).equals(laterQuiet)),
                    WITHIN);
            assertThat(stale(cases.all(Duration.ofSeconds(3)), caseId)).hasSize(2);
        }
    }

    @Test
    void theTimelineMovesTheLastActivityButAClocksEntryDoesNot() {
        Map<String, Object> file = ChildMatchingTests.referAndAwaitCase(Referrals.aChild());
        String caseId = (String) file.get("id");
        Object opened = Database.value("select last_activity_at from protection_case where id = ?::uuid", caseId);
        Database.update("insert into case_timeline (id, case_id, child_id, kind, actor, note, at)"
                + " select gen_random_uuid(), id, child_id, 'TASK_OVERDUE', 'platform', 'test', now() + interval '1 day'"
                + " from protection_case where id = ?::uuid", caseId);
        assertThat(Database.value("select last_activity_at from protection_case where id = ?::uuid", caseId))
                .isEqualTo(opened);
        Database.update("insert into case_timeline (id, case_id, child_id, kind, actor, note, at)"
                + " select gen_random_uuid(), id, child_id, 'CASE_NOTE', 'cpu.tirana.worker1', 'test',"
                + " now() + interval '1 day' from protection_case where id = ?::uuid", caseId);
        assertThat(Database.value("select last_activity_at > now() from protection_case where id = ?::uuid",
                caseId)).isEqualTo(true);
    }

    private static List<ConsumerRecord<String, String>> stale(List<ConsumerRecord<String, String>> events,
            String caseId) {
        return events.stream().filter(EventTap.ofType(EventType.CASE_STALE.ceType()))
                .filter(r -> r.key().equals(caseId)).toList();
    }
}
