package al.childprotection.kit.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
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
    private final int batchSize;

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> kafka,
            @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "200") int batchSize) {
        this.kafka = kafka;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${platform.outbox.poll-interval:0.2s}", delayed = "${platform.outbox.start-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
