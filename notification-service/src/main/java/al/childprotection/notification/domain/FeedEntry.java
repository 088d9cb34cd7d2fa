package al.childprotection.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event as the ministries may see it: its type, times, and the child reduced to an age band, a sex and a
 * municipality. The cursor only grows, so a subscriber replays from any point.
 */
@Entity
@Table(name = "feed_entry")
public class FeedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long cursor;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    /** Null for an event about no child (a shelter's capacity). */
    @Column(name = "child_key")
    public String childKey;

    @Column(name = "age_band")
    public String ageBand;

    public String sex;

    public String municipality;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
