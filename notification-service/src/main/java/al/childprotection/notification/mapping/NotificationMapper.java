package al.childprotection.notification.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.rest.NotificationView;

/**
 * Turns events into inbox entries. Texts carry ids, codes and times only: an e-mail leaves the platform, so it
 * never names the child (the events carry no name anyway); the assignee opens the case to see who it is.
 */
public final class NotificationMapper {

    /** Every CPU works on Albanian time; the zone is named so that nobody reads it as UTC. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Tirane");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(PLATFORM_ZONE);

    private NotificationMapper() {
    }

    /** The assignee's notice of a new follow-up task; its e-mail waits unless the assignee has no address. */
    public static Notification taskAssigned(TaskAssigned task, Recipient recipient, String correlationId,
            Instant now) {
        requirePresent(task.taskId(), "taskId");
        requirePresent(task.assignee(), "assignee");
        requirePresent(task.kind(), "kind");
        requirePresent(task.dueAt(), "dueAt");

        String kind = describe(task.kind());
        String due = dueTime(task.dueAt());
        boolean emergency = task.priority() == Priority.EMERGENCY;

        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipient = task.assignee();
        notification.kind = Notification.Kind.TASK_ASSIGNED;
        notification.title = (emergency ? "EMERGENCY - " : "") + "New follow-up task: " + kind + " due " + due;
        notification.body = body(task, recipient, kind, due);
        notification.taskId = task.taskId();
        notification.caseId = task.caseId();
        notification.referralId = task.referralId();
        notification.correlationId = correlationId;
        notification.createdAt = now;
        notification.emailStatus = recipient == null || recipient.email == null || recipient.email.isBlank()
                ? Notification.EmailStatus.NO_ADDRESS
                : Notification.EmailStatus.PENDING;
        return notification;
    }

    public static NotificationView toView(Notification n) {
        return new NotificationView(n.id, n.recipient, n.kind, n.title, n.body, n.taskId, n.caseId, n.referralId,
                n.createdAt, n.readAt, n.emailStatus);
    }

    /** {@code 2026-12-02 14:00 (Europe/Tirane)}. */
    public static String dueTime(Instant dueAt) {
        return LOCAL_TIME.format(dueAt) + " (" + PLATFORM_ZONE.getId() + ")";
    }

    /** {@code FIRST_CONTACT} or {@code first-contact} -> {@code first contact}. */
    static String describe(String kind) {
        return kind.trim().replaceAll("[_\\-]+", " ").toLowerCase(Locale.ROOT);
    }

    private static String body(TaskAssigned task, Recipient recipient, String kind, String due) {
        StringBuilder text = new StringBuilder();
        text.append(recipient == null ? "Hello," : "Hello " + recipient.displayName + ",").append("\n\n");
        text.append(task.assignedToSupervisor()
                ? "No worker of the unit was available, so this follow-up task was assigned to you as supervisor.\n\n"
                : "A follow-up task was assigned to you.\n\n");
        text.append("Task: ").append(kind).append('\n');
        text.append("Child Protection Unit: ").append(task.cpuCode())
                .append(task.municipality() == null ? "" : " (" + task.municipality() + ")").append('\n');
        text.append("Priority: ").append(task.priority()).append('\n');
        text.append("Due: ").append(due).append('\n');
        text.append("Task id: ").append(task.taskId()).append('\n');
        text.append("Case id: ").append(task.caseId()).append('\n');
        text.append("Referral id: ").append(task.referralId()).append("\n\n");
        text.append("Open the case in the child-protection platform to see the child's details; ")
                .append("for the child's safety they are never sent by e-mail.\n");
        return text.toString();
    }

    /** A task.assigned without these can never become a notice: not retried, it goes to the dead-letter topic. */
    private static void requirePresent(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException("task.assigned event without " + field);
        }
    }
}
