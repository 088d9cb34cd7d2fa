package al.childprotection.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/** A task assigned to a CPU worker lands in their inbox; the other case events need no notice yet. */
@ApplicationScoped
public class CaseEventsListener {

    private final IdempotentConsumer consumer;
    private final EventPayloads payloads;
    private final InboxService inbox;

    CaseEventsListener(IdempotentConsumer consumer, EventPayloads payloads, InboxService inbox) {
        this.consumer = consumer;
        this.payloads = payloads;
        this.inbox = inbox;
    }

    @Incoming("case-events")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, event -> EventType.TASK_ASSIGNED.ceType().equals(event.type())
                ? inbox.notifyTaskAssigned(payloads.read(event, TaskAssigned.class), event.correlationId())
                : Uni.createFrom().voidItem());
    }
}
