package al.childprotection.referral.listener;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IntakeEventsListener {

    private final IdempotentConsumer consumer;
    private final EventPayloads payloads;
    private final ReferralService referrals;

    IntakeEventsListener(IdempotentConsumer consumer, EventPayloads payloads, ReferralService referrals) {
        this.consumer = consumer;
        this.payloads = payloads;
        this.referrals = referrals;
    }

    @Incoming("intake-events")
    public Uni<Void> onIntakeEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> EventType.INTAKE_RECORDED.ceType().equals(event.type())
                ? referrals.referIntake(payloads.read(event, IntakeRecorded.class), event.correlationId())
                : Uni.createFrom().voidItem());
    }
}
