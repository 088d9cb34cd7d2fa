package al.childprotection.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.notification.config.FeedConfig;
import al.childprotection.notification.domain.FeedEntry;
import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.mapping.FeedEvents;
import al.childprotection.notification.repository.FeedDisclosureRepository;
import al.childprotection.notification.repository.FeedDisclosureRepository.Channel;
import al.childprotection.notification.repository.FeedRepository;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.notification.rest.FeedPage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The pull feed: a subscriber replays, from any of its own cursors, the event types it may read, with its own ids.
 * What leaves is recorded per subscriber (feed_disclosure) before it leaves.
 */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feed;
    private final Pseudonyms pseudonyms;
    private final FeedEntitlements entitlements;
    private final FeedDisclosureRepository disclosures;
    private final FeedConfig config;

    FeedService(FeedRepository feed, Pseudonyms pseudonyms, FeedEntitlements entitlements,
            FeedDisclosureRepository disclosures, FeedConfig config) {
        this.feed = feed;
        this.pseudonyms = pseudonyms;
        this.entitlements = entitlements;
        this.disclosures = disclosures;
        this.config = config;
    }

    /** A subscription's next entries to push, with the subscriber's key to name them. */
    public record Pending(Pseudonyms.SubscriberKey subscriber, List<FeedEntry> entries) {
    }

    /** The subscription's types the client may still read (what it may read can change after it subscribed). */
    @WithSession
    public Uni<Pending> pendingFor(Subscription subscription, int limit) {
        List<String> types = subscription.eventTypeList().stream()
                .filter(type -> entitlements.mayRead(subscription.clientId, type)).toList();
        return pseudonyms.of(subscription.clientId)
                .chain(key -> (types.isEmpty() ? Uni.createFrom().item(List.<FeedEntry>of())
                        : feed.after(subscription.deliveredCursor, types, limit))
                        .map(entries -> new Pending(key, entries)));
    }

    /** The entry is about to be pushed to the subscription: recorded first, as every attempt discloses it. */
    @WithTransaction
    public Uni<Void> pushing(Subscription subscription, FeedEntry entry) {
        return disclosures.record(subscription.clientId, Channel.PUSH, subscription.id, List.of(entry));
    }

    public FeedEvent toEvent(FeedEntry entry, Pseudonyms.SubscriberKey subscriber) {
        return FeedEvents.toEvent(entry, subscriber, config.timePrecision());
    }

    /** The page after the subscriber's cursor ({@code null}: the beginning); a cursor not its own is a 400. */
    @WithSession
    public Uni<FeedPage> page(String clientId, String after, int limit) {
        List<String> types = entitlements.typesOf(clientId);
        return pseudonyms.of(clientId).chain(subscriber -> {
            long position = positionOf(subscriber, after);
            Uni<List<FeedEntry>> read = types.isEmpty() ? Uni.createFrom().item(List.of())
                    : feed.after(position, types, limit);
            return read
                    .call(entries -> Panache.withTransaction(
                            () -> disclosures.record(clientId, Channel.PULL, null, entries)))
                    .map(entries -> {
                        List<FeedEvent> events = entries.stream().map(e -> toEvent(e, subscriber)).toList();
                        long last = entries.isEmpty() ? position : entries.get(entries.size() - 1).cursor;
                        return new FeedPage(events, subscriber.cursor(last));
                    });
        });
    }

    /** The position a subscriber's cursor stands for. */
    static long positionOf(Pseudonyms.SubscriberKey subscriber, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return subscriber.position(cursor.trim());
        } catch (Pseudonyms.NotACursor e) {
            throw RequestRejectedException.invalid("after", "not a cursor of your feed");
        }
    }
}
