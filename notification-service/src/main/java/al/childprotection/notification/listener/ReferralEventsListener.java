package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * A referral not acknowledged in time is escalated: the CPU's supervisors are told, then SARPC. The other referral
 * events need no notice yet.
 */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventPayloads payloads;
    private final InboxService inbox;

    ReferralEventsListener(IdempotentConsumer consumer, EventPayloads payloads, InboxService inbox) {
        this.consumer = consumer;
        this.payloads = payloads;
        this.inbox = inbox;
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> EventType.REFERRAL_ESCALATED.ceType().equals(event.type())
                ? inbox.notifyEscalated(payloads.read(event, ReferralEscalated.class), event.id(),
                        event.correlationId())
                : Uni.createFrom().voidItem());
    }
}
