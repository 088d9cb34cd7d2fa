package al.childprotection.notification.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.FeedEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The append-only record of what each ministry client was given: one row per entry disclosed. */
@ApplicationScoped
public class FeedDisclosureRepository {

    /** How an entry left: a page the client read, or a push to one of its subscriptions. */
    public enum Channel {
        PULL, PUSH
    }

    private static final String INSERT = """
            insert into feed_disclosure (at, client_id, channel, subscription_id, entry_cursor, event_type)
            select :at, :client, :channel, cast(cast(:subscription as text) as uuid), e.cursor, e.type
            from unnest(cast(:cursors as bigint[]), cast(:types as text[])) as e(cursor, type)
            """;

    /** Records the entries as disclosed to the client; call inside a transaction. */
    public Uni<Void> record(String clientId, Channel channel, UUID subscriptionId, List<FeedEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("at", Instant.now())
                .setParameter("client", clientId)
                .setParameter("channel", channel.name())
                .setParameter("subscription", subscriptionId == null ? null : subscriptionId.toString())
                .setParameter("cursors", entries.stream().map(e -> e.cursor).toArray(Long[]::new))
                .setParameter("types", entries.stream().map(e -> e.eventType).toArray(String[]::new))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** How many entries were disclosed to the client through the channel (for the tests and for oversight). */
    public Uni<Long> count(String clientId, Channel channel) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select count(*) from feed_disclosure where client_id = :client and channel = :channel", Long.class)
                .setParameter("client", clientId)
                .setParameter("channel", channel.name())
                .getSingleResult());
    }
}
