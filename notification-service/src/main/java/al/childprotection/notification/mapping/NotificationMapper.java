package al.childprotection.notification.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.rest.NotificationView;

/**
 * What every notice shares, whatever event it comes from: whom it is for, how its e-mail starts out, how times
 * and priorities read, and the view the inbox returns. The texts of each kind are in {@link TaskNotices} and
 * {@link EscalationNotices}. Texts carry ids, codes and times only: an e-mail leaves the platform, so it never
 * names the child (the events carry no name anyway); the recipient opens the platform to see who it is.
 */
public final class NotificationMapper {

    /** Every CPU works on Albanian time; the zone is named so that nobody reads it as UTC. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Tirane");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(PLATFORM_ZONE);

    private NotificationMapper() {
    }

    public static NotificationView toView(Notification n) {
        return new NotificationView(n.id, n.recipient, n.kind, n.title, n.body, n.taskId, n.caseId, n.referralId,
                n.createdAt, n.readAt, n.emailStatus);
    }

    /** {@code 2026-12-02 14:00 (Europe/Tirane)}. */
    public static String dueTime(Instant dueAt) {
        return LOCAL_TIME.format(dueAt) + " (" + PLATFORM_ZONE.getId() + ")";
    }

    /**
     * A new inbox entry for {@code username}; its e-mail waits for EmailDelivery unless the recipient has no
     * known address ({@code recipient} is null for a user the service has no record of). The caller sets the ids
     * the notice points to.
     */
    static Notification notice(Notification.Kind kind, String username, Recipient recipient, String title,
            String body, String correlationId, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipient = username;
        notification.kind = kind;
        notification.title = title;
        notification.body = body;
        notification.correlationId = correlationId;
        notification.createdAt = now;
        notification.emailStatus = recipient != null && recipient.hasAddress()
                ? Notification.EmailStatus.PENDING
                : Notification.EmailStatus.NO_ADDRESS;
        return notification;
    }

    /** {@code FIRST_CONTACT} or {@code first-contact} -> {@code first contact}. */
    static String describe(String kind) {
        return kind.trim().replaceAll("[_\\-]+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * An event without these can never become a notice: IllegalArgumentException is not retried, the event goes
     * to the dead-letter topic at once.
     */
    static void requirePresent(Object value, String event, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException(event + " event without " + field);
        }
    }
}
