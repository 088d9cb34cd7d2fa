package al.childprotection.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.notification.domain.Subscription;

/** A subscription and where its delivery stands; the secret is never shown again. */
public record SubscriptionView(
        UUID id,
        String callbackUrl,
        List<String> eventTypes,
        Subscription.Status status,
        long deliveredCursor,
        int consecutiveFailures,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant pausedAt,
        Instant createdAt) {

    public static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.callbackUrl, s.eventTypeList(), s.status, s.deliveredCursor,
                s.consecutiveFailures, s.nextAttemptAt, s.lastAttemptAt, s.lastError, s.pausedAt, s.createdAt);
    }
}
