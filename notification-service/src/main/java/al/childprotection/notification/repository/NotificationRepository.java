package al.childprotection.notification.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Notification.EmailStatus;
import al.childprotection.notification.domain.PendingEmail;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A user's inbox, newest first. */
    public Uni<List<Notification>> inbox(String recipient, boolean unreadOnly, int limit) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        return (unreadOnly
                ? find("recipient = ?1 and readAt is null", newestFirst, recipient)
                : find("recipient", newestFirst, recipient))
                .page(0, limit).list();
    }

    /** How many of a user's notifications are not read yet. */
    public Uni<Long> unread(String recipient) {
        return count("recipient = ?1 and readAt is null", recipient);
    }

    /** A user's notifications that arrived after the given one (by arrival time and id), oldest first. */
    public Uni<List<Notification>> arrivedSince(String recipient, Instant since) {
        return list("recipient = ?1 and createdAt > ?2", Sort.ascending("createdAt", "id"), recipient, since);
    }

    /** Pending e-mails, those that never failed first, so that one bad address cannot hold back the others. */
    public Uni<List<PendingEmail>> pendingEmails(int limit) {
        return getSession().chain(session -> session.createSelectionQuery("""
                select new al.childprotection.notification.domain.PendingEmail(
                    n.id, r.email, n.title, n.body)
                from Notification n, Recipient r
                where r.username = n.recipient and n.emailStatus = :pending and r.email is not null
                order by n.emailAttempts, n.createdAt""", PendingEmail.class)
                .setParameter("pending", EmailStatus.PENDING)
                .setMaxResults(limit)
                .getResultList());
    }

    public Uni<Integer> markEmailSent(UUID id, Instant sentAt) {
        return update("emailStatus = ?1, emailSentAt = ?2, emailAttempts = emailAttempts + 1 where id = ?3",
                EmailStatus.SENT, sentAt, id);
    }

    /** Counts a refused attempt; the last one allowed gives the e-mail up. */
    public Uni<Integer> countEmailFailure(UUID id, String error, int maxAttempts) {
        return update("emailAttempts = emailAttempts + 1, emailError = ?2, emailStatus = case when emailAttempts + 1 >= ?3 "
                + "then ?4 else emailStatus end where id = ?1 and emailStatus = ?5", id, error, maxAttempts,
                EmailStatus.FAILED, EmailStatus.PENDING);
    }
}
