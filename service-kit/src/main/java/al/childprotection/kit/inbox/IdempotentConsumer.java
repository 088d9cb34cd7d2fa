package al.childprotection.kit.inbox;

import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.MalformedEventException;
import al.childprotection.kit.cloudevents.NotACloudEventException;
import al.childprotection.kit.cloudevents.UnknownEventTypeException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Applies an event's effect at most once: the event id is recorded in the same transaction as the effect.
 * Transient failures (database restarting) are retried with back-off; what still fails, or can never succeed,
 * is nacked and the channel's failure strategy sends it to the dead-letter topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final String consumer;
    private final int retries;

    IdempotentConsumer(@ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "platform.consumer.retries", defaultValue = "8") int retries) {
        this.consumer = consumer;
        this.retries = retries;
    }

    public Uni<Void> apply(ConsumerRecord<String, String> record, Function<CloudEvent, Uni<?>> effect) {
        CloudEvent event;
        try {
            event = CloudEvent.fromKafka(record);
        } catch (NotACloudEventException e) {
            return Uni.createFrom().failure(e);
        }
        return retried(event, once(event, effect));
    }

    /**
     * Applies an entry of a compacted state topic (decision 19) at every delivery, in a transaction, with the same
     * retries and dead letters as an event. No processed-event log: the view keeps an entry only when it is not older
     * than the one it holds, so a redelivery changes nothing, and a view emptied and replayed from the topic's start
     * is rebuilt whole (a log would skip every entry it had seen).
     */
    public Uni<Void> applyState(ConsumerRecord<String, String> record, Function<CloudEvent, Uni<?>> effect) {
        CloudEvent event;
        try {
            event = CloudEvent.fromKafka(record);
        } catch (NotACloudEventException e) {
            return Uni.createFrom().failure(e);
        }
        return retried(event, Uni.createFrom().deferred(
                () -> Panache.withTransaction(() -> effect.apply(event)).replaceWithVoid()));
    }

    private Uni<Void> retried(CloudEvent event, Uni<Void> attempt) {
        return attempt
                .onFailure(IdempotentConsumer::worthRetrying)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(retries)
                .onFailure().invoke(e -> LOG.errorf(e, "event %s (%s) goes to the dead-letter topic", event.id(),
                        event.type()));
    }

    private Uni<Void> once(CloudEvent event, Function<CloudEvent, Uni<?>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.find(ProcessedEvent.class, event.id())
                        .chain(seen -> seen != null
                                ? Uni.createFrom().voidItem()
                                : effect.apply(event)
                                        .chain(() -> session.persist(
                                                ProcessedEvent.of(event.id(), event.type(), consumer))))));
    }

    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof MalformedEventException || failure instanceof UnknownEventTypeException
                || failure instanceof IllegalArgumentException);
    }
}
