package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.FeedProjection;
import io.smallrye.mutiny.Uni;

/** Intake events need no notice; they go into the ministry feed. */
@ApplicationScoped
public class IntakeEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final FeedProjection feed;

    IntakeEventsListener(IdempotentConsumer consumer, FeedProjection feed) {
        this.consumer = consumer;
        this.feed = feed;
        this.handlers = EventHandlers.forTopic(Topics.INTAKE)
                .ignore(EventType.INTAKE_RECORDED, EventType.INTAKE_CORRECTED)
                .complete();
    }

    @Incoming("intake-events")
    public Uni<Void> onIntakeEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> handlers.apply(event).chain(() -> feed.record(event)));
    }
}
