package al.childprotection.notification.mapping;

import java.time.Instant;

import al.childprotection.notification.config.FeedConfig.TimePrecision;
import al.childprotection.notification.domain.FeedEntry;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.notification.service.Pseudonyms.SubscriberKey;

/** A feed entry as one subscriber sees it, with its own ids and cursor, and coarsened times. */
public final class FeedEvents {

    private static final String TYPE_PREFIX = "al.childprotection.";

    private FeedEvents() {
    }

    public static FeedEvent toEvent(FeedEntry entry, SubscriberKey subscriber, TimePrecision precision) {
        FeedEvent.Child child = entry.childKey == null ? null
                : new FeedEvent.Child(subscriber.child(entry.childKey), entry.ageBand, entry.sex);
        Instant occurred = FeedTimes.coarsened(entry.occurredAt, precision);
        FeedEvent.Data data = new FeedEvent.Data(shortType(entry.eventType), child, entry.municipality, occurred,
                FeedTimes.coarsened(entry.recordedAt, precision));
        return new FeedEvent(FeedEvent.SPEC_VERSION, subscriber.event(entry.cursor), FeedEvent.SOURCE,
                entry.eventType, child == null ? null : child.id(), occurred, "application/json",
                subscriber.cursor(entry.cursor), data);
    }

    /** {@code al.childprotection.referral.created.v1} -> {@code referral.created}. */
    static String shortType(String ceType) {
        String type = ceType.startsWith(TYPE_PREFIX) ? ceType.substring(TYPE_PREFIX.length()) : ceType;
        return type.replaceFirst("\\.v\\d+$", "");
    }
}
