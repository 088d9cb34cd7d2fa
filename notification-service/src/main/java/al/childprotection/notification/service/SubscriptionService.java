package al.childprotection.notification.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.notification.config.FeedConfig;
import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.domain.Subscription.Status;
import al.childprotection.notification.repository.FeedRepository;
import al.childprotection.notification.repository.SubscriptionRepository;
import al.childprotection.notification.rest.SubscriptionRequest;
import al.childprotection.notification.rest.SubscriptionView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Ministry push subscriptions: made, paused, resumed and deleted by their owner; their delivery state. */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final FeedRepository feed;
    private final Pseudonyms pseudonyms;
    private final FeedConfig config;
    private final FeedEntitlements entitlements;
    private final CallbackAddresses callbackAddresses;

    SubscriptionService(SubscriptionRepository subscriptions, FeedRepository feed, Pseudonyms pseudonyms,
            FeedConfig config, FeedEntitlements entitlements, CallbackAddresses callbackAddresses) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.pseudonyms = pseudonyms;
        this.config = config;
        this.entitlements = entitlements;
        this.callbackAddresses = callbackAddresses;
    }

    /**
     * A new subscription, once its callback's host resolved to addresses that may be reached (outside any
     * transaction: a name may take a while to resolve). Refused with 422 naming the field otherwise.
     */
    public Uni<SubscriptionView> subscribe(String clientId, SubscriptionRequest request) {
        List<String> types = request.eventTypes().stream().map(String::trim).distinct().toList();
        for (int i = 0; i < types.size(); i++) {
            if (EventType.ofCeType(types.get(i)).isEmpty()) {
                throw RequestRejectedException.conflicting("eventTypes[" + i + "]",
                        "unknown event type '" + types.get(i) + "'");
            }
            if (!entitlements.mayRead(clientId, types.get(i))) {
                throw RequestRejectedException.conflicting("eventTypes[" + i + "]",
                        "'" + types.get(i) + "' is not among the event types your system may read");
            }
        }
        URI callback = requireCallback(request.callbackUrl());
        if (!WebhookSignature.isWellFormed(request.secret())) {
            throw RequestRejectedException.conflicting("secret",
                    "the secret must be whsec_ followed by the base64 of 24 to 64 random bytes");
        }
        return callbackAddresses.checked(callback)
                .onFailure(CallbackAddressPolicy.Refused.class).transform(refused -> RequestRejectedException
                        .conflicting("callbackUrl", "the host must resolve to public addresses only"))
                .chain(() -> Panache.withTransaction(() -> persist(clientId, request, types)));
    }

    private Uni<SubscriptionView> persist(String clientId, SubscriptionRequest request, List<String> types) {
        return pseudonyms.of(clientId).chain(key -> {
            Uni<Long> start = request.after() != null
                    ? Uni.createFrom().item(() -> FeedService.positionOf(key, request.after()))
                    : feed.lastCursor();
            return start.chain(after -> create(clientId, request, types, after))
                    .map(s -> SubscriptionView.of(s, key));
        });
    }

    private Uni<Subscription> create(String clientId, SubscriptionRequest request, List<String> types, long after) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.clientId = clientId;
        subscription.callbackUrl = request.callbackUrl().trim();
        subscription.eventTypes = String.join(" ", types);
        subscription.secret = request.secret();
        subscription.status = Status.ACTIVE;
        subscription.deliveredCursor = after;
        subscription.createdAt = now();
        return subscriptions.persist(subscription);
    }

    /** One page of a subscriber's subscriptions, oldest first, after {@code after} (null for the first page). */
    @WithSession
    public Uni<List<SubscriptionView>> of(String clientId, PageCursor after, int limit) {
        return pseudonyms.of(clientId).chain(key -> subscriptions.of(clientId, after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1), limit)
                .map(list -> list.stream().map(s -> SubscriptionView.of(s, key)).toList()));
    }

    @WithSession
    public Uni<SubscriptionView> find(UUID id, String clientId) {
        return own(id, clientId).chain(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, String clientId) {
        return own(id, clientId).chain(subscriptions::delete);
    }

    @WithTransaction
    public Uni<SubscriptionView> pause(UUID id, String clientId) {
        return own(id, clientId).invoke(s -> {
            if (s.status == Status.ACTIVE) {
                s.status = Status.PAUSED;
                s.pausedAt = now();
            }
        }).chain(this::view);
    }

    /** Delivery carries on from the last event delivered, at once. */
    @WithTransaction
    public Uni<SubscriptionView> resume(UUID id, String clientId) {
        return own(id, clientId).invoke(s -> {
            s.status = Status.ACTIVE;
            s.pausedAt = null;
            s.consecutiveFailures = 0;
            s.nextAttemptAt = null;
        }).chain(this::view);
    }

    private Uni<SubscriptionView> view(Subscription subscription) {
        return pseudonyms.of(subscription.clientId).map(key -> SubscriptionView.of(subscription, key));
    }

    @WithSession
    public Uni<List<Subscription>> due() {
        return subscriptions.due(now());
    }

    /** The entry was accepted: the next one is due at once. */
    @WithTransaction
    public Uni<Void> delivered(UUID id, long cursor) {
        return subscriptions.findById(id).invoke(s -> {
            if (s != null && cursor > s.deliveredCursor) {
                s.deliveredCursor = cursor;
                s.consecutiveFailures = 0;
                s.lastAttemptAt = now();
                s.lastError = null;
                s.nextAttemptAt = null;
            }
        }).replaceWithVoid();
    }

    /**
     * The entry was not accepted: wait twice as long as last time, and pause after too many in a row. The subscriber
     * reads when it failed and an HTTP status, or that no connection was made; never socket details, which would
     * tell an open port from a closed one.
     */
    @WithTransaction
    public Uni<Void> failed(UUID id, DeliveryFailure failure) {
        return subscriptions.findById(id).invoke(s -> {
            if (s == null) {
                return;
            }
            Instant now = now();
            s.consecutiveFailures++;
            s.lastAttemptAt = now;
            s.lastError = failure.describe(now);
            s.nextAttemptAt = now.plus(backOff(s.consecutiveFailures));
            if (s.consecutiveFailures >= config.delivery().pauseAfterFailures()) {
                s.status = Status.PAUSED;
                s.pausedAt = now;
            }
        }).replaceWithVoid();
    }

    Duration backOff(int failures) {
        Duration wait = config.delivery().firstRetryAfter().multipliedBy(1L << Math.min(failures - 1, 20));
        Duration longest = config.delivery().longestRetryAfter();
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    private Uni<Subscription> own(UUID id, String clientId) {
        return subscriptions.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("subscription " + id))
                .invoke(s -> {
                    if (!s.isOf(clientId)) {
                        throw RequestRejectedException.outOfScope("subscription " + id);
                    }
                });
    }

    private URI requireCallback(String callbackUrl) {
        URI uri;
        try {
            uri = new URI(callbackUrl.trim());
        } catch (URISyntaxException e) {
            throw RequestRejectedException.conflicting("callbackUrl", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https");
        boolean plain = scheme.equals("http") && config.plainHttpAllowed();
        if (!uri.isAbsolute() || uri.getHost() == null || !(secure || plain)) {
            throw RequestRejectedException.conflicting("callbackUrl",
                    config.plainHttpAllowed() ? "an absolute http or https URL is required"
                            : "an absolute https URL is required");
        }
        if (uri.getUserInfo() != null) {
            throw RequestRejectedException.conflicting("callbackUrl", "a URL without user information is required");
        }
        return uri;
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
