package al.childprotection.notification.mapping;

import al.childprotection.notification.domain.FeedEntry;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.notification.service.Pseudonyms.SubscriberKey;

/** A feed entry as one subscriber sees it, with its own ids. */
public final class FeedEvents {

    private static final String TYPE_PREFIX = "al.childprotection.";

    private FeedEvents() {
    }

    public static FeedEvent toEvent(FeedEntry entry, SubscriberKey subscriber) {
        FeedEvent.Child child = entry.childKey == null ? null
                : new FeedEvent.Child(subscriber.child(entry.childKey), entry.ageBand, entry.sex);
        FeedEvent.Data data = new FeedEvent.Data(shortType(entry.eventType), child, entry.municipality,
                entry.occurredAt, entry.recordedAt);
        return new FeedEvent(FeedEvent.SPEC_VERSION, subscriber.event(entry.cursor), FeedEvent.SOURCE,
                entry.eventType, child == null ? null : child.id(), entry.occurredAt, "application/json",
                entry.cursor, data);
    }

    /** {@code al.childprotection.referral.created.v1} -> {@code referral.created}. */
    static String shortType(String ceType) {
        String type = ceType.startsWith(TYPE_PREFIX) ? ceType.substring(TYPE_PREFIX.length()) : ceType;
        return type.replaceFirst("\\.v\\d+$", "");
    }
}
