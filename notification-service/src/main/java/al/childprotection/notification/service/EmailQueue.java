package al.childprotection.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.PendingEmail;
import al.childprotection.notification.repository.NotificationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The e-mails of the notifications, in their own short transactions, apart from the SMTP conversation. */
@ApplicationScoped
public class EmailQueue {

    private final NotificationRepository notifications;

    EmailQueue(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @WithSession
    public Uni<List<PendingEmail>> pending(int limit) {
        return notifications.pendingEmails(limit);
    }

    @WithTransaction
    public Uni<Void> markSent(UUID notificationId) {
        return notifications.markEmailSent(notificationId, Instant.now()).replaceWithVoid();
    }

    /**
     * Counts a failed attempt: the e-mail stays PENDING and is tried again on a later poll, until the last attempt
     * allowed gives it up (FAILED).
     */
    @WithTransaction
    public Uni<Void> countFailure(UUID notificationId, String error, int maxAttempts) {
        String reason = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        return notifications.countEmailFailure(notificationId, reason, maxAttempts).replaceWithVoid();
    }
}
