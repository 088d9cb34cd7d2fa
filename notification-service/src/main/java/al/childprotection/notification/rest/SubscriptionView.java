package al.childprotection.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.service.Pseudonyms.SubscriberKey;

/**
 * A subscription and where its delivery stands ({@code deliveredCursor}: the subscriber's own cursor of the last
 * event delivered); the secret is never shown again. {@code lastError} says when the last delivery failed and an
 * HTTP status, or that no connection was made.
 */
public record SubscriptionView(
        UUID id,
        String callbackUrl,
        List<String> eventTypes,
        Subscription.Status status,
        String deliveredCursor,
        int consecutiveFailures,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant pausedAt,
        Instant createdAt) {

    public static SubscriptionView of(Subscription s, SubscriberKey key) {
        return new SubscriptionView(s.id, s.callbackUrl, s.eventTypeList(), s.status, key.cursor(s.deliveredCursor),
                s.consecutiveFailures, s.nextAttemptAt, s.lastAttemptAt, s.lastError, s.pausedAt, s.createdAt);
    }
}
