package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.FeedProjection;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * A referral not acknowledged in time is escalated: the CPU's supervisors are told, then SARPC. The other referral
 * events need no notice yet. Every referral event goes into the ministry feed.
 */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final FeedProjection feed;

    ReferralEventsListener(IdempotentConsumer consumer, InboxService inbox, FeedProjection feed) {
        this.consumer = consumer;
        this.feed = feed;
        this.handlers = EventHandlers.create().on(EventType.REFERRAL_ESCALATED, ReferralEscalated.class,
                (escalation, event) -> inbox.notifyEscalated(escalation, event.id(), event.correlationId()));
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> handlers.apply(event).chain(() -> feed.record(event)));
    }
}
