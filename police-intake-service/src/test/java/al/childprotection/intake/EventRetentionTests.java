package al.childprotection.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Sent outbox rows and processed-event rows are purged once the retention (7 days) has passed, in bounded batches;
 * an unsent outbox row stays however old it is, and so does everything younger than the retention.
 */
@QuarkusTest
@TestProfile(EventRetentionTests.PurgeEverySecond.class)
class EventRetentionTests {

    /** The purge every second, two rows a batch; the relay held back so that an unsent row stays unsent. */
    public static class PurgeEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.retention.purge-interval", "1s", "platform.retention.purge-delay", "1s",
                    "platform.retention.batch-size", "2", "platform.outbox.start-delay", "1h");
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void oldSentOutboxRowsAndOldProcessedEventsGoUnsentAndRecentOnesStay() throws SQLException {
        Instant now = Instant.now();
        List<UUID> oldSent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldSent.add(outboxRow(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8))));
        }
        UUID recentlySent = outboxRow(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(6)));
        UUID neverSent = outboxRow(now.minus(Duration.ofDays(30)), null);
        String oldProcessed = processedEvent(now.minus(Duration.ofDays(8)));
        String recentlyProcessed = processedEvent(now.minus(Duration.ofHours(1)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                oldSent.stream().noneMatch(this::inOutbox) && !processed(oldProcessed));

        assertThat(inOutbox(recentlySent)).as("sent six days ago").isTrue();
        assertThat(inOutbox(neverSent)).as("never sent, thirty days old").isTrue();
        assertThat(processed(recentlyProcessed)).as("processed an hour ago").isTrue();
    }

    private UUID outboxRow(Instant occurredAt, Instant sentAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_event (event_id, topic, aggregate_id, event_type, source, occurred_at, payload,"
                        + " sent_at) values (?, 'retention.test', ?, 'al.childprotection.test.v1', 'test', ?, '{}',"
                        + " ?)")) {
            insert.setObject(1, id);
            insert.setString(2, id.toString());
            insert.setTimestamp(3, Timestamp.from(occurredAt));
            insert.setTimestamp(4, sentAt == null ? null : Timestamp.from(sentAt));
            insert.executeUpdate();
        }
        return id;
    }

    private String processedEvent(Instant processedAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into processed_event (event_id, event_type, consumer, processed_at) values (?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "al.childprotection.test.v1");
            insert.setString(3, "police-intake-service");
            insert.setTimestamp(4, Timestamp.from(processedAt));
            insert.executeUpdate();
        }
        return id;
    }

    private boolean inOutbox(UUID id) {
        return exists("select 1 from outbox_event where event_id = ?", id);
    }

    private boolean processed(String id) {
        return exists("select 1 from processed_event where event_id = ?", id);
    }

    private boolean exists(String query, Object id) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
