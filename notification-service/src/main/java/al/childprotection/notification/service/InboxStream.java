package al.childprotection.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import al.childprotection.kit.time.StoredTime;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.mapping.NotificationMapper;
import al.childprotection.notification.rest.InboxUpdate;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A user's inbox as it changes: the unread count at once, then each notification as it arrives, with the new
 * count. It reads what is committed (a notice appears once the event that made it is processed, never before),
 * so it works the same with one instance of the service or several.
 */
@ApplicationScoped
public class InboxStream {

    private final InboxService inbox;
    private final Duration interval;

    InboxStream(InboxService inbox,
            @ConfigProperty(name = "platform.inbox.stream-interval", defaultValue = "PT1S") Duration interval) {
        this.inbox = inbox;
        this.interval = interval;
    }

    /** Call on the request's Vert.x context: the stream's database reads run on it. */
    public Multi<InboxUpdate> of(String username) {
        Context context = Vertx.currentContext();
        AtomicReference<Instant> seen = new AtomicReference<>(StoredTime.now());
        Multi<InboxUpdate> first = Multi.createFrom().uni(inbox.unread(username))
                .map(unread -> new InboxUpdate(unread, null));
        Multi<InboxUpdate> arrivals = Multi.createFrom().ticks().every(interval)
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .onItem().transformToUniAndConcatenate(tick -> inbox.arrivedSince(username, seen.get()))
                .onItem().transformToIterable(changes -> updates(changes, seen));
        return Multi.createBy().concatenating().streams(first, arrivals);
    }

    private static List<InboxUpdate> updates(InboxService.InboxChanges changes, AtomicReference<Instant> seen) {
        List<Notification> arrived = changes.arrived();
        if (!arrived.isEmpty()) {
            seen.set(arrived.get(arrived.size() - 1).createdAt);
        }
        return arrived.stream().map(n -> new InboxUpdate(changes.unread(), NotificationMapper.toView(n))).toList();
    }
}
