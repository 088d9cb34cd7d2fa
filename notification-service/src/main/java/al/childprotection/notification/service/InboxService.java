package al.childprotection.notification.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.mapping.EscalationNotices;
import al.childprotection.notification.mapping.TaskNotices;
import al.childprotection.notification.repository.NotificationRepository;
import al.childprotection.notification.repository.RecipientRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class InboxService {

    private final NotificationRepository notifications;
    private final RecipientRepository recipients;

    InboxService(NotificationRepository notifications, RecipientRepository recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    /*
     * The notify methods run in the consuming transaction of the event (IdempotentConsumer) and send nothing
     * themselves: the notices' e-mails are PENDING, EmailDelivery sends them once the effect is committed.
     */

    /** Puts the task in its assignee's inbox. */
    public Uni<Void> notifyTaskAssigned(TaskAssigned task, String correlationId) {
        return recipients.findById(task.assignee())
                .map(recipient -> List.of(TaskNotices.assigned(task, recipient, correlationId, now())))
                .chain(this::deliver);
    }

    /** Tells the assignee and the CPU's supervisors that a task is overdue; one notice per recipient and event. */
    public Uni<Void> notifyTaskOverdue(TaskOverdue task, String eventId, String correlationId) {
        return recipients.findById(task.assignee())
                .chain(assignee -> recipients.supervisorsOf(task.cpuCode())
                        .map(supervisors -> TaskNotices.overdue(task, assignee, supervisors, eventId, correlationId,
                                now())))
                .chain(this::deliver);
    }

    /**
     * Tells the CPU's supervisors, or SARPC, that a referral was not acknowledged in time (see
     * {@link EscalationNotices} for who hears what). {@code eventId} makes it one notice per recipient and event.
     */
    public Uni<Void> notifyEscalated(ReferralEscalated escalation, String eventId, String correlationId) {
        // one query after the other: a reactive session runs one at a time
        return recipients.supervisorsOf(escalation.cpuCode())
                .chain(supervisors -> recipients.atSarpc()
                        .map(sarpc -> EscalationNotices.of(escalation, supervisors, sarpc, eventId, correlationId,
                                now())))
                .chain(this::deliver);
    }

    @WithSession
    public Uni<List<Notification>> inbox(String username, boolean unreadOnly, int limit) {
        return notifications.inbox(username, unreadOnly, limit);
    }

    @WithSession
    public Uni<Long> unread(String username) {
        return notifications.unread(username);
    }

    /** The notifications that arrived since {@code since}, with the unread count after them. */
    @WithSession
    public Uni<InboxChanges> arrivedSince(String username, Instant since) {
        return notifications.arrivedSince(username, since)
                .chain(arrived -> notifications.unread(username).map(unread -> new InboxChanges(arrived, unread)));
    }

    public record InboxChanges(List<Notification> arrived, long unread) {
    }

    /** One of the caller's own notifications; someone else's is refused, not hidden. */
    @WithSession
    public Uni<Notification> find(UUID id, String username) {
        return own(id, username);
    }

    /** Marks it read; reading it again keeps the first time it was read. */
    @WithTransaction
    public Uni<Notification> markRead(UUID id, String username) {
        return own(id, username).invoke(notification -> {
            if (notification.readAt == null) {
                notification.readAt = now();
            }
        });
    }

    private Uni<Notification> own(UUID id, String username) {
        return notifications.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("notification " + id))
                .invoke(notification -> {
                    if (!notification.isFor(username)) {
                        throw RequestRejectedException.outOfScope("notification " + id);
                    }
                });
    }

    /** Into the inboxes, with their e-mails queued. */
    private Uni<Void> deliver(List<Notification> notices) {
        return notifications.persist(notices);
    }

    /** At the database's precision, so that what a call returns equals what a later read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
