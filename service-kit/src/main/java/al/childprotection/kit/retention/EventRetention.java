package al.childprotection.kit.retention;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Personal data is kept no longer than needed (decision 14). An outbox row carries its event's payload, children's
 * names among them; once the broker has it and the retention has passed, the row has done its work. A processed-event
 * row guards against a redelivery, which comes within minutes, not days. Both go after the retention
 * ({@code platform.retention.period}, 7 days by default), a bounded batch per statement so that a purge never holds
 * a long lock on a table the relay and the consumers write. An unsent outbox row is never purged, however old.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    private static final String SENT_OUTBOX_ROWS = """
            delete from outbox_event where position in (
                select position from outbox_event where sent_at is not null and sent_at < :cutoff
                order by position limit :batch)
            """;
    private static final String PROCESSED_EVENT_ROWS = """
            delete from processed_event where event_id in (
                select event_id from processed_event where processed_at < :cutoff limit :batch)
            """;

    /** How many rows one pass removed from each table. */
    public record Purged(long outboxRows, long processedEventRows) {
    }

    private final Duration period;
    private final int batchSize;

    EventRetention(@ConfigProperty(name = "platform.retention.period") Duration period,
            @ConfigProperty(name = "platform.retention.batch-size") int batchSize) {
        this.period = period;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${platform.retention.purge-interval}", delayed = "${platform.retention.purge-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeOnSchedule() {
        return purge(Instant.now())
                .invoke(purged -> LOG.debugf("purged %d sent outbox rows and %d processed-event rows",
                        purged.outboxRows(), purged.processedEventRows()))
                .onFailure().invoke(e -> LOG.warnf("the retention purge will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Removes what is older than the retention at {@code now}, batch by batch, each batch its own transaction. */
    public Uni<Purged> purge(Instant now) {
        Instant cutoff = now.minus(period);
        return drain(SENT_OUTBOX_ROWS, cutoff, 0)
                .chain(outbox -> drain(PROCESSED_EVENT_ROWS, cutoff, 0)
                        .map(processed -> new Purged(outbox, processed)));
    }

    private Uni<Long> drain(String statement, Instant cutoff, long sofar) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(statement)
                .setParameter("cutoff", cutoff)
                .setParameter("batch", batchSize)
                .executeUpdate()))
                .chain(deleted -> deleted < batchSize
                        ? Uni.createFrom().item(sofar + deleted)
                        : drain(statement, cutoff, sofar + deleted));
    }
}
