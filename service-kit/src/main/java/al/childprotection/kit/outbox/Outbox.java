package al.childprotection.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.cloudevents.EventPayloads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Records an event in the caller's transaction. Call it inside {@code @WithTransaction}: the event exists exactly
 * when the change it announces does, and the relay publishes it later.
 */
@ApplicationScoped
public class Outbox {

    private final EventPayloads payloads;
    private final String source;

    Outbox(EventPayloads payloads, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.payloads = payloads;
        this.source = source;
    }

    public Uni<Void> append(EventType type, UUID aggregateId, Record payload, String correlationId) {
        return append(type, aggregateId.toString(), payload, correlationId);
    }

    /** For an aggregate whose id is a code, not a UUID (a shelter's capacity is keyed by the shelter's code). */
    public Uni<Void> append(EventType type, String aggregateId, Record payload, String correlationId) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = type.topic();
        event.aggregateId = aggregateId;
        event.eventType = type.ceType();
        event.source = source;
        event.correlationId = correlationId;
        event.occurredAt = Instant.now();
        event.payload = payloads.toJson(payload);
        return Panache.getSession().chain(session -> session.persist(event));
    }
}
