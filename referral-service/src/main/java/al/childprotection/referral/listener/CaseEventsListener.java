package al.childprotection.referral.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.referral.service.FirstContactTracking;
import io.smallrye.mutiny.Uni;

/** The first-contact task case-service assigned for a referral sets the referral's first-contact deadline. */
@ApplicationScoped
public class CaseEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    CaseEventsListener(IdempotentConsumer consumer, FirstContactTracking firstContact) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(EventType.TASK_ASSIGNED, TaskAssigned.class,
                        (task, event) -> firstContact.taskAssigned(task));
    }

    @Incoming("case-events")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
