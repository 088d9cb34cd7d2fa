package al.childprotection.casework.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.casework.service.Roster;
import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/** The directory's members make the roster of who takes tasks; its CPUs, stations and agencies are not ours. */
@ApplicationScoped
public class DirectoryEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    DirectoryEventsListener(IdempotentConsumer consumer, Roster roster) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.DIRECTORY)
                .on(EventType.DIRECTORY_MEMBER_CHANGED, DirectoryMemberChanged.class,
                        (member, event) -> roster.apply(member))
                .ignore(EventType.DIRECTORY_UNIT_CHANGED, EventType.DIRECTORY_STATION_CHANGED,
                        EventType.DIRECTORY_AGENCY_CHANGED)
                .complete();
    }

    @Incoming("directory-events")
    public Uni<Void> onDirectoryEvent(ConsumerRecord<String, String> record) {
        return consumer.applyState(record, handlers);
    }
}
