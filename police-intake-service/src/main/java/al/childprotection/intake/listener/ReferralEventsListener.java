package al.childprotection.intake.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.ReferralAccepted;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.intake.domain.ReferralStatus;
import al.childprotection.intake.service.ReferralTracking;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/** The station learns what became of its referrals from referral-service's events, never by calling it. */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    ReferralEventsListener(IdempotentConsumer consumer, ReferralTracking tracking) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.REFERRAL)
                .on(EventType.REFERRAL_CREATED, ReferralCreated.class,
                        (created, event) -> tracking.created(created.intakeId(), created.referralId(),
                                created.cpuCode()))
                .on(EventType.REFERRAL_ACKNOWLEDGED, ReferralAcknowledged.class,
                        (step, event) -> tracking.moved(step.referralId(), ReferralStatus.ACKNOWLEDGED))
                .on(EventType.REFERRAL_ACCEPTED, ReferralAccepted.class,
                        (step, event) -> tracking.moved(step.referralId(), ReferralStatus.ACCEPTED))
                .on(EventType.REFERRAL_REJECTED, ReferralRejected.class,
                        (step, event) -> tracking.moved(step.referralId(), ReferralStatus.REJECTED))
                .on(EventType.REFERRAL_CLOSED, ReferralClosed.class,
                        (step, event) -> tracking.moved(step.referralId(), ReferralStatus.CLOSED))
                .on(EventType.REFERRAL_REVOKED, ReferralRevoked.class,
                        (step, event) -> tracking.moved(step.referralId(), ReferralStatus.REVOKED))
                .on(EventType.REFERRAL_REDIRECTED, ReferralRedirected.class,
                        (step, event) -> tracking.redirected(step.referralId(), step.toCpuCode()))
                .on(EventType.REFERRAL_ESCALATED, ReferralEscalated.class,
                        (step, event) -> tracking.escalated(step.referralId()))
                .ignore(EventType.REFERRAL_CORRECTED, EventType.NRM_REFERRED, EventType.SHELTER_PLACEMENT_NEEDED, EventType.REFERRAL_CONSENT_WITHDRAWN)
                .complete();
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
