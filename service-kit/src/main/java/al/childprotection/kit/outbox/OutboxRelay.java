package al.childprotection.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in the order they were written and marks them sent once the broker has
 * acknowledged them (acks=all, idempotent producer). A crash between the two re-sends the row: consumers are
 * idempotent, so at-least-once here gives exactly-once effects downstream.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> kafka;
    private final Vertx vertx;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration startDelay;
    private final AtomicBoolean publishing = new AtomicBoolean();
    private volatile boolean stopped;

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> kafka, Vertx vertx,
            @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "platform.outbox.poll-interval", defaultValue = "0.1s") Duration pollInterval,
            @ConfigProperty(name = "platform.outbox.start-delay", defaultValue = "1s") Duration startDelay) {
        this.kafka = kafka;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.startDelay = startDelay;
    }

    /** A Vert.x timer, because the Quarkus scheduler does not tick faster than once a second. */
    void start(@Observes StartupEvent started) {
        vertx.setTimer(startDelay.toMillis(), first -> vertx.setPeriodic(pollInterval.toMillis(), tick -> {
            if (stopped) {
                vertx.cancelTimer(tick);
            } else {
                publishOnFreshContext();
            }
        }));
    }

    /** Rows left unsent now are sent by the next start: nothing to flush, only stop polling a closing pool. */
    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
    }

    /** One pass at a time; each pass on its own safe duplicated context, as Hibernate Reactive requires. */
    private void publishOnFreshContext() {
        if (!publishing.compareAndSet(false, true)) {
            return;
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> publishPending()
                .subscribe().with(done -> publishing.set(false), failure -> publishing.set(false)));
    }

    Uni<Void> publishPending() {
        return pending()
                .chain(batch -> batch.isEmpty() ? Uni.createFrom().voidItem() : publish(batch))
                .onFailure().invoke(e -> LOG.warnf("outbox relay will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<List<OutboxEvent>> pending() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from OutboxEvent where sentAt is null order by position", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList()));
    }

    private Uni<Void> publish(List<OutboxEvent> batch) {
        // Sent together: the idempotent producer keeps the order within each partition.
        List<Uni<Void>> sends = batch.stream().map(this::send).toList();
        List<Long> positions = batch.stream().map(e -> e.position).toList();
        return Uni.join().all(sends).andFailFast()
                .chain(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createMutationQuery("update OutboxEvent set sentAt = :now where position in :positions")
                        .setParameter("now", Instant.now())
                        .setParameter("positions", positions)
                        .executeUpdate())))
                .replaceWithVoid();
    }

    private Uni<Void> send(OutboxEvent row) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.aggregateId)
                .withHeaders(row.toCloudEvent().toKafkaHeaders())
                .build();
        return kafka.sendMessage(Message.of(row.payload).addMetadata(metadata));
    }
}
