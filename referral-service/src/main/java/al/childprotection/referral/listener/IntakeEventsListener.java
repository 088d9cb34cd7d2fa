package al.childprotection.referral.listener;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.referral.service.ReferralCorrections;
import al.childprotection.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IntakeEventsListener {

    private final IdempotentConsumer consumer;
    private final EventPayloads payloads;
    private final ReferralService referrals;
    private final ReferralCorrections corrections;

    IntakeEventsListener(IdempotentConsumer consumer, EventPayloads payloads, ReferralService referrals,
            ReferralCorrections corrections) {
        this.consumer = consumer;
        this.payloads = payloads;
        this.referrals = referrals;
        this.corrections = corrections;
    }

    @Incoming("intake-events")
    public Uni<Void> onIntakeEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> {
            if (EventType.INTAKE_RECORDED.ceType().equals(event.type())) {
                return referrals.referIntake(payloads.read(event, IntakeRecorded.class), event.correlationId());
            }
            if (EventType.INTAKE_CORRECTED.ceType().equals(event.type())) {
                return corrections.apply(payloads.read(event, IntakeCorrected.class));
            }
            return Uni.createFrom().voidItem();
        });
    }
}
