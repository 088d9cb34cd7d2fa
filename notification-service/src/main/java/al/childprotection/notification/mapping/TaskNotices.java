package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.describe;
import static al.childprotection.notification.mapping.NotificationMapper.dueTime;
import static al.childprotection.notification.mapping.NotificationMapper.requirePresent;

import java.time.Instant;

import al.childprotection.contracts.TaskAssigned;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;

/** The assignee's notice of a new follow-up task. */
public final class TaskNotices {

    private static final String EVENT = "task.assigned";

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
}
