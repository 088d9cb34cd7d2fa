package al.childprotection.notification.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One page of a user's inbox, newest first (by arrival time, then id), after the notice a cursor points to;
     * {@code unreadOnly} leaves out those already read, {@code from} and {@code to} bound the arrival time.
     */
    public Uni<List<Notification>> inbox(String recipient, InboxFilter filter, Instant afterTime, UUID afterId,
            int limit) {
        StringBuilder where = new StringBuilder("recipient = :recipient");
        Map<String, Object> parameters = new HashMap<>(Map.of("recipient", recipient));
        if (filter.unreadOnly()) {
            where.append(" and readAt is null");
        }
        if (filter.from() != null) {
            where.append(" and createdAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and createdAt < :to");
            parameters.put("to", filter.to());
        }
        if (afterTime != null) {
            where.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            parameters.put("afterTime", afterTime);
            parameters.put("afterId", afterId);
        }
        return find(where.toString(), Sort.descending("createdAt", "id"), parameters).page(0, limit).list();
    }

    /** Which notices of an inbox a page shows: unread only or all, and arrived in {@code [from, to)} where given. */
    public record InboxFilter(boolean unreadOnly, Instant from, Instant to) {
    }

    /** Who was given a task of the referral, as their task notices tell. */
    public Uni<List<String>> assigneesOf(UUID referralId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select distinct n.recipient from Notification n where n.referralId = :referral and n.kind = :kind "
                        + "order by n.recipient", String.class)
                .setParameter("referral", referralId)
                .setParameter("kind", Notification.Kind.TASK_ASSIGNED)
                .getResultList());
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
