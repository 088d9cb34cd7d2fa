package al.childprotection.kit.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The id of an event whose effect is already stored: a redelivery of it changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String consumer;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    public static ProcessedEvent of(String eventId, String eventType, String consumer) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = eventType;
        processed.consumer = consumer;
        processed.processedAt = Instant.now();
        return processed;
    }
}
