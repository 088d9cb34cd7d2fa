package al.childprotection.notification.rest;

import java.util.List;

/** A page of the feed; ask for the next one with {@code after=next} (an opaque cursor, the subscriber's own). */
public record FeedPage(List<FeedEvent> events, String next) {
}
