package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.FeedProjection;
import io.smallrye.mutiny.Uni;

/** Placement events need no notice; they go into the ministry feed. */
@ApplicationScoped
public class PlacementEventsListener {

    private final IdempotentConsumer consumer;
    private final FeedProjection feed;

    PlacementEventsListener(IdempotentConsumer consumer, FeedProjection feed) {
        this.consumer = consumer;
        this.feed = feed;
    }

    @Incoming("placement-events")
    public Uni<Void> onPlacementEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, feed::record);
    }
}
