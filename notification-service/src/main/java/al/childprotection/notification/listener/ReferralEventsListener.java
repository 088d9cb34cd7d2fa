package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.FeedProjection;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * A referral not acknowledged in time is escalated: the CPU's supervisors are told, then SARPC. A redirected referral
 * reaches the supervisors of both CPUs; a withdrawn consent the CPU's supervisors and the referral's workers. The
 * other referral events need no notice. Every referral event goes into the ministry feed.
 */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final FeedProjection feed;

    ReferralEventsListener(IdempotentConsumer consumer, InboxService inbox, FeedProjection feed) {
        this.consumer = consumer;
        this.feed = feed;
        this.handlers = EventHandlers.forTopic(Topics.REFERRAL).on(EventType.REFERRAL_ESCALATED, ReferralEscalated.class,
                (escalation, event) -> inbox.notifyEscalated(escalation, event.id(), event.correlationId()))
                .on(EventType.REFERRAL_REDIRECTED, ReferralRedirected.class, inbox::notifyRedirected)
                .on(EventType.REFERRAL_CONSENT_WITHDRAWN, ReferralConsentWithdrawn.class, inbox::notifyConsentWithdrawn)
                .ignore(EventType.REFERRAL_CREATED, EventType.REFERRAL_CORRECTED, EventType.REFERRAL_ACKNOWLEDGED,
                        EventType.REFERRAL_ACCEPTED, EventType.REFERRAL_REJECTED, EventType.REFERRAL_REVOKED,
                        EventType.NRM_REFERRED, EventType.SHELTER_PLACEMENT_NEEDED, EventType.REFERRAL_CLOSED)
                .complete();
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> handlers.apply(event).chain(() -> feed.record(event)));
    }
}
