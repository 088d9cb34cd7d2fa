package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.describe;
import static al.childprotection.notification.mapping.NotificationMapper.dueTime;
import static al.childprotection.notification.mapping.NotificationMapper.requirePresent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;

/** The assignee's notice of a new follow-up task. */
public final class TaskNotices {

    private static final String EVENT = "task.assigned";
    private static final String OVERDUE = "task.overdue";

    private TaskNotices() {
    }

    /** {@code recipient} is null when the assignee is not on record: the notice is kept, without e-mail. */
    public static Notification assigned(TaskAssigned task, Recipient recipient, String correlationId, Instant now) {
        requirePresent(task.taskId(), EVENT, "taskId");
        requirePresent(task.assignee(), EVENT, "assignee");
        requirePresent(task.kind(), EVENT, "kind");
        requirePresent(task.dueAt(), EVENT, "dueAt");

        String kind = describe(task.kind());
        String due = dueTime(task.dueAt());
        String body = NoticeText.greeting(recipient == null ? null : recipient.displayName)
                .paragraph(task.assignedToSupervisor()
                        ? "No worker of the unit was available, so this follow-up task was assigned to you as supervisor."
                        : "A follow-up task was assigned to you.")
                .fact("Task", kind)
                .cpu(task.cpuCode(), task.municipality())
                .fact("Priority", task.priority())
                .fact("Due", due)
                .fact("Task id", task.taskId())
                .fact("Case id", task.caseId())
                .fact("Referral id", task.referralId())
                .closing("case");

        Notification notification = NotificationMapper.notice(Notification.Kind.TASK_ASSIGNED, task.assignee(),
                recipient, NotificationMapper.title(task.priority(), "New follow-up task: " + kind + " due " + due),
                body, correlationId, now);
        notification.taskId = task.taskId();
        notification.caseId = task.caseId();
        notification.referralId = task.referralId();
        return notification;
    }

    /**
     * The notices of a task that passed its due time: one to its assignee, one to each supervisor of its CPU
     * (somebody who is both gets one). {@code assignee} is null when the assignee is not on record.
     */
    public static List<Notification> overdue(TaskOverdue task, Recipient assignee, List<Recipient> supervisors,
            String eventId, String correlationId, Instant now) {
        requirePresent(task.taskId(), OVERDUE, "taskId");
        requirePresent(task.assignee(), OVERDUE, "assignee");
        requirePresent(task.kind(), OVERDUE, "kind");
        requirePresent(task.dueAt(), OVERDUE, "dueAt");

        String kind = describe(task.kind());
        String title = NotificationMapper.title(task.priority(), "Overdue follow-up task: " + kind + ", was due "
                + dueTime(task.dueAt()));
        List<Notification> notices = new ArrayList<>();
        notices.add(overdueNotice(task, task.assignee(), assignee, title,
                "A follow-up task assigned to you passed its due time without being done.",
                "do the task now, or tell your supervisor what stands in the way.", eventId, correlationId, now));
        for (Recipient supervisor : supervisors) {
            if (!supervisor.username.equals(task.assignee())) {
                notices.add(overdueNotice(task, supervisor.username, supervisor, title,
                        "A follow-up task of your Child Protection Unit passed its due time without being done.",
                        "check with the assignee today, and reassign the task if they cannot do it.", eventId,
                        correlationId, now));
            }
        }
        return notices;
    }

    private static Notification overdueNotice(TaskOverdue task, String username, Recipient recipient, String title,
            String situation, String toDo, String eventId, String correlationId, Instant now) {
        String body = NoticeText.greeting(recipient == null ? null : recipient.displayName)
                .paragraph(situation)
                .fact("Task", describe(task.kind()))
                .cpu(task.cpuCode(), task.municipality())
                .fact("Priority", task.priority())
                .fact("Was due", dueTime(task.dueAt()))
                .fact("Assigned to", task.assignee())
                .fact("Task id", task.taskId())
                .fact("Case id", task.caseId())
                .paragraph("What to do: " + toDo)
                .closing("case");
        Notification notification = NotificationMapper.notice(Notification.Kind.TASK_OVERDUE, username, recipient,
                title, body, correlationId, now);
        notification.taskId = task.taskId();
        notification.caseId = task.caseId();
        notification.referralId = task.referralId();
        notification.eventId = eventId;
        return notification;
    }
}
