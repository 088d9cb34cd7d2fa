package al.childprotection.casework.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.casework.service.CaseService;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventPayloads payloads;
    private final CaseService cases;

    ReferralEventsListener(IdempotentConsumer consumer, EventPayloads payloads, CaseService cases) {
        this.consumer = consumer;
        this.payloads = payloads;
        this.cases = cases;
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, this::handle);
    }

    private Uni<Void> handle(CloudEvent event) {
        if (EventType.REFERRAL_CREATED.ceType().equals(event.type())) {
            return cases.takeOnReferral(payloads.read(event, ReferralCreated.class), event.correlationId());
        }
        if (EventType.REFERRAL_CORRECTED.ceType().equals(event.type())) {
            return cases.correctReferral(payloads.read(event, ReferralCorrected.class));
        }
        return Uni.createFrom().voidItem();
    }
}
