package al.childprotection.referral.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.referral.service.ReferralCorrections;
import al.childprotection.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;

/** A recorded intake becomes a referral; a corrected one corrects it. */
@ApplicationScoped
public class IntakeEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    IntakeEventsListener(IdempotentConsumer consumer, ReferralService referrals, ReferralCorrections corrections) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.INTAKE)
                .on(EventType.INTAKE_RECORDED, IntakeRecorded.class,
                        (intake, event) -> referrals.referIntake(intake, event.correlationId()))
                .on(EventType.INTAKE_CORRECTED, IntakeCorrected.class,
                        (correction, event) -> corrections.apply(correction))
                .complete();
    }

    @Incoming("intake-events")
    public Uni<Void> onIntakeEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
