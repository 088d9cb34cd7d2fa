package al.childprotection.casework.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.ReferralCorrection;
import al.childprotection.casework.service.ReferralEndings;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * A referral opens (or joins) the child's case with a first task; a correction corrects the child; a referral that
 * ends (redirected, revoked, rejected, closed, consent withdrawn) ends its case, and a redirection opens one at the
 * new CPU.
 */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    ReferralEventsListener(IdempotentConsumer consumer, CaseService cases, ReferralCorrection corrections,
            ReferralEndings endings) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.REFERRAL)
                .on(EventType.REFERRAL_CREATED, ReferralCreated.class,
                        (referral, event) -> cases.takeOnReferral(referral, event.correlationId()))
                .on(EventType.REFERRAL_CORRECTED, ReferralCorrected.class,
                        (correction, event) -> corrections.apply(correction))
                .on(EventType.REFERRAL_REDIRECTED, ReferralRedirected.class,
                        (redirected, event) -> endings.redirected(redirected, event.correlationId()))
                .on(EventType.REFERRAL_REVOKED, ReferralRevoked.class,
                        (revoked, event) -> endings.revoked(revoked, event.correlationId()))
                .on(EventType.REFERRAL_REJECTED, ReferralRejected.class,
                        (rejected, event) -> endings.rejected(rejected, event.correlationId()))
                .on(EventType.REFERRAL_CLOSED, ReferralClosed.class,
                        (closed, event) -> endings.closed(closed, event.correlationId()))
                .on(EventType.REFERRAL_CONSENT_WITHDRAWN, ReferralConsentWithdrawn.class,
                        (withdrawn, event) -> endings.consentWithdrawn(withdrawn, event.correlationId()))
                .ignore(EventType.REFERRAL_ACKNOWLEDGED, EventType.REFERRAL_ACCEPTED, EventType.NRM_REFERRED,
                        EventType.SHELTER_PLACEMENT_NEEDED, EventType.REFERRAL_ESCALATED)
                .complete();
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
