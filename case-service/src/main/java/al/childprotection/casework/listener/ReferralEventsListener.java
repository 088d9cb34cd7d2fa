package al.childprotection.casework.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.ReferralCorrection;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/** A referral opens (or joins) the child's case with a first task; a correction corrects the child. */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    ReferralEventsListener(IdempotentConsumer consumer, CaseService cases, ReferralCorrection corrections) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(EventType.REFERRAL_CREATED, ReferralCreated.class,
                        (referral, event) -> cases.takeOnReferral(referral, event.correlationId()))
                .on(EventType.REFERRAL_CORRECTED, ReferralCorrected.class,
                        (correction, event) -> corrections.apply(correction));
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
