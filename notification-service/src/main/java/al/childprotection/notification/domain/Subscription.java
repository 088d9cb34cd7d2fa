package al.childprotection.notification.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ministry system's push subscription and where its delivery stands: every matching feed entry after
 * {@code deliveredCursor} is still to be delivered, in cursor order. Paused after too many failures in a row;
 * resuming carries on from the same place.
 */
@Entity
@Table(name = "feed_subscription")
public class Subscription {

    public enum Status {
        ACTIVE, PAUSED
    }

    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "callback_url")
    public String callbackUrl;

    /** The CloudEvents types delivered, separated by spaces. */
    @Column(name = "event_types")
    public String eventTypes;

    /** The Standard Webhooks signing secret ({@code whsec_...}); never returned by the API. */
    public String secret;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "delivered_cursor")
    public long deliveredCursor;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(" ")).filter(s -> !s.isBlank()).toList();
    }

    public boolean isOf(String client) {
        return clientId.equals(client);
    }
}
