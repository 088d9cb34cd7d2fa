package al.childprotection.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.CaseStale;
import al.childprotection.contracts.PlacementEscalated;
import al.childprotection.contracts.PlacementOverstayed;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.TaskCancelled;
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.mapping.EscalationNotices;
import al.childprotection.notification.mapping.TaskNotices;
import al.childprotection.notification.mapping.WorkNotice;
import al.childprotection.notification.mapping.WorkNotice.Audience;
import al.childprotection.notification.mapping.WorkNotices;
import al.childprotection.notification.repository.NotificationRepository;
import al.childprotection.notification.repository.NotificationRepository.InboxFilter;
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

    /*
     * Who hears what (issue 13): one sentence per event type. When nobody is on record to hear of it, SARPC hears
     * of it instead; with nobody at SARPC either, the event fails to the dead-letter topic: never dropped in silence.
     */

    /** SARPC and the CPU's active supervisors hear of a task nobody can take. */
    public Uni<Void> notifyTaskUnassigned(TaskUnassigned task, CloudEvent event) {
        WorkNotice notice = WorkNotices.unassigned(task);
        return Hearers.start().sarpc(recipients)
                .chain(hearers -> hearers.supervisors(recipients, task.cpuCode(), Audience.SUPERVISOR))
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** SARPC and the CPU's supervisors hear of an escalated task. */
    public Uni<Void> notifyTaskEscalated(TaskEscalated task, CloudEvent event) {
        WorkNotice notice = WorkNotices.escalated(task);
        return Hearers.start().sarpc(recipients)
                .chain(hearers -> hearers.supervisors(recipients, task.cpuCode(), Audience.SUPERVISOR))
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The assignee, if any, and the CPU's supervisors hear of a cancelled task. */
    public Uni<Void> notifyTaskCancelled(TaskCancelled task, CloudEvent event) {
        WorkNotice notice = WorkNotices.cancelled(task);
        return Hearers.start().person(recipients, task.assignee())
                .chain(hearers -> hearers.supervisors(recipients, task.cpuCode(), Audience.SUPERVISOR))
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The CPU's supervisors hear of a stale case. */
    public Uni<Void> notifyCaseStale(CaseStale stale, CloudEvent event) {
        WorkNotice notice = WorkNotices.stale(stale);
        return Hearers.start().supervisors(recipients, stale.cpuCode(), Audience.SUPERVISOR)
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The supervisors of both CPUs hear of a redirected referral. */
    public Uni<Void> notifyRedirected(ReferralRedirected redirect, CloudEvent event) {
        WorkNotice notice = WorkNotices.redirected(redirect);
        return Hearers.start().supervisors(recipients, redirect.fromCpuCode(), Audience.SUPERVISOR)
                .chain(hearers -> hearers.supervisors(recipients, redirect.toCpuCode(), Audience.RECEIVING_SUPERVISOR))
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The workers given the referral's tasks, and the CPU's supervisors, hear that consent was withdrawn. */
    public Uni<Void> notifyConsentWithdrawn(ReferralConsentWithdrawn withdrawal, CloudEvent event) {
        WorkNotice notice = WorkNotices.consentWithdrawn(withdrawal);
        return notifications.assigneesOf(withdrawal.referralId())
                .chain(assignees -> Hearers.start().people(recipients, assignees))
                .chain(hearers -> hearers.supervisors(recipients, withdrawal.cpuCode(), Audience.SUPERVISOR))
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The shelter's staff (every shelter's, when the request names none) hear of a placement request. */
    public Uni<Void> notifyPlacementRequested(PlacementRequested request, CloudEvent event) {
        WorkNotice notice = WorkNotices.placementRequested(request);
        return Hearers.start().shelterStaff(recipients, request.shelterCode())
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The CPU's supervisors and SARPC hear that no shelter has a bed (decision 6). */
    public Uni<Void> notifyPlacementEscalated(PlacementEscalated request, CloudEvent event) {
        WorkNotice notice = WorkNotices.placementEscalated(request);
        return Hearers.start().supervisors(recipients, request.cpuCode(), Audience.SUPERVISOR)
                .chain(hearers -> hearers.sarpc(recipients))
                .chain(hearers -> tell(notice, hearers, event));
    }

    /** The shelter's staff and the CPU's supervisors hear of a stay past its end. */
    public Uni<Void> notifyOverstayed(PlacementOverstayed stay, CloudEvent event) {
        WorkNotice notice = WorkNotices.overstayed(stay);
        return Hearers.start().shelterStaff(recipients, stay.shelterCode())
                .chain(hearers -> hearers.supervisors(recipients, stay.cpuCode(), Audience.SUPERVISOR))
                .chain(hearers -> tell(notice, hearers, event));
    }

    private Uni<Void> tell(WorkNotice notice, Hearers hearers, CloudEvent event) {
        Uni<Hearers> told = hearers.isEmpty()
                ? hearers.sarpcInstead(recipients).invoke(instead -> {
                    if (instead.isEmpty()) {
                        throw new NobodyToTell(event);
                    }
                })
                : Uni.createFrom().item(hearers);
        Instant now = now();
        return told.map(all -> all.addressees().stream()
                .map(to -> notice.to(to, event.id(), event.correlationId(), now)).toList())
                .chain(this::deliver);
    }

    /** Nobody on record to tell, not even at SARPC: retrying cannot help, the event goes to the dead-letter topic. */
    public static final class NobodyToTell extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NobodyToTell(CloudEvent event) {
            super(event.type() + " " + event.id() + ": nobody is on record to hear of it, not even at SARPC");
        }
    }

    /** One page of the caller's inbox, newest first, after {@code after} (null for the first page). */
    @WithSession
    public Uni<List<Notification>> inbox(String username, InboxFilter filter, PageCursor after, int limit) {
        return notifications.inbox(username, filter, after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1), limit);
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
        return StoredTime.now();
    }
}
