package al.childprotection.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.FeedEntry;
import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.mapping.FeedEvents;
import al.childprotection.notification.repository.FeedRepository;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.notification.rest.FeedPage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The pull feed: any subscriber replays the feed from any cursor, with its own ids. */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feed;
    private final Pseudonyms pseudonyms;

    FeedService(FeedRepository feed, Pseudonyms pseudonyms) {
        this.feed = feed;
        this.pseudonyms = pseudonyms;
    }

    /** A subscription's next entries to push, with the subscriber's key to name them. */
    public record Pending(Pseudonyms.SubscriberKey subscriber, List<FeedEntry> entries) {
    }

    @WithSession
    public Uni<Pending> pendingFor(Subscription subscription, int limit) {
        return pseudonyms.of(subscription.clientId)
                .chain(key -> feed.after(subscription.deliveredCursor, subscription.eventTypeList(), limit)
                        .map(entries -> new Pending(key, entries)));
    }

    @WithSession
    public Uni<FeedPage> page(String clientId, long after, int limit) {
        return pseudonyms.of(clientId).chain(subscriber -> feed.after(after, limit).map(entries -> {
            List<FeedEvent> events = entries.stream().map(e -> FeedEvents.toEvent(e, subscriber)).toList();
            return new FeedPage(events, events.isEmpty() ? after : events.get(events.size() - 1).cursor());
        }));
    }
}
