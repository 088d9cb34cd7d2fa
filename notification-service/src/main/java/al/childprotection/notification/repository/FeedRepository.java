package al.childprotection.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.FeedEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The feed entries, in cursor order. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<FeedEntry, Long> {

    /** The advisory lock that orders feed appends (any number unique within the notification database). */
    private static final long FEED_APPEND_LOCK = 7_305_001L;

    public Uni<List<FeedEntry>> after(long cursor, int limit) {
        return find("cursor > ?1", Sort.ascending("cursor"), cursor).page(0, limit).list();
    }

    /** The next entries of the given types after a cursor, oldest first. */
    public Uni<List<FeedEntry>> after(long cursor, List<String> eventTypes, int limit) {
        return find("cursor > :cursor and eventType in :types", Sort.ascending("cursor"),
                Parameters.with("cursor", cursor).and("types", eventTypes)).page(0, limit).list();
    }

    /**
     * Appends an entry so that cursors are committed in the order they are given: the transaction holds the feed's
     * lock until it commits. Without it, a reader could see cursor 11 before 10 commits and skip 10 for ever.
     */
    public Uni<Void> appendInCommitOrder(FeedEntry entry) {
        return getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:lock)) locked", Long.class)
                .setParameter("lock", FEED_APPEND_LOCK)
                .getSingleResult()
                .chain(() -> session.persist(entry)));
    }

    /** The newest cursor; 0 while the feed is empty. */
    public Uni<Long> lastCursor() {
        return getSession().chain(session -> session
                .createSelectionQuery("select coalesce(max(cursor), 0) from FeedEntry", Long.class)
                .getSingleResult());
    }
}
