package al.childprotection.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.kit.cloudevents.CloudEvent;

/** An event written in the same transaction as the state change it announces, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String payload;

    @Column(name = "sent_at")
    public Instant sentAt;

    public CloudEvent toCloudEvent() {
        return new CloudEvent(eventId.toString(), eventType, source, aggregateId, occurredAt, correlationId, payload);
    }
}
