package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.describe;
import static al.childprotection.notification.mapping.NotificationMapper.dueTime;
import static al.childprotection.notification.mapping.NotificationMapper.requirePresent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import al.childprotection.contracts.Priority;
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

        Words words = Words.of(recipient);
        String kind = words.kind(task.kind());
        String due = dueTime(task.dueAt());
        String body = NoticeText.greeting(recipient == null ? null : recipient.displayName, words.language)
                .paragraph(task.assignedToSupervisor() ? words.assignedToSupervisor : words.assigned)
                .fact(words.task, kind)
                .cpu(task.cpuCode(), task.municipality())
                .fact(words.priority, task.priority())
                .fact(words.due, due)
                .fact(words.taskId, task.taskId())
                .fact(words.caseId, task.caseId())
                .fact(words.referralId, task.referralId())
                .closing("case");

        Notification notification = NotificationMapper.notice(Notification.Kind.TASK_ASSIGNED, task.assignee(),
                recipient, words.title(task.priority(), words.newTask + kind + words.dueAt + due), body,
                correlationId, now);
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

        List<Notification> notices = new ArrayList<>();
        notices.add(overdueNotice(task, task.assignee(), assignee, false, eventId, correlationId, now));
        for (Recipient supervisor : supervisors) {
            if (!supervisor.username.equals(task.assignee())) {
                notices.add(overdueNotice(task, supervisor.username, supervisor, true, eventId, correlationId, now));
            }
        }
        return notices;
    }

    private static Notification overdueNotice(TaskOverdue task, String username, Recipient recipient,
            boolean toSupervisor, String eventId, String correlationId, Instant now) {
        Words words = Words.of(recipient);
        String kind = words.kind(task.kind());
        String title = words.title(task.priority(), words.overdueTask + kind + words.wasDueAt + dueTime(task.dueAt()));
        String body = NoticeText.greeting(recipient == null ? null : recipient.displayName, words.language)
                .paragraph(toSupervisor ? words.overdueOfUnit : words.overdueOfYours)
                .fact(words.task, kind)
                .cpu(task.cpuCode(), task.municipality())
                .fact(words.priority, task.priority())
                .fact(words.wasDue, dueTime(task.dueAt()))
                .fact(words.assignedTo, task.assignee())
                .fact(words.taskId, task.taskId())
                .fact(words.caseId, task.caseId())
                .paragraph(words.whatToDo + (toSupervisor ? words.toDoSupervisor : words.toDoAssignee))
                .closing("case");
        Notification notification = NotificationMapper.notice(Notification.Kind.TASK_OVERDUE, username, recipient,
                title, body, correlationId, now);
        notification.taskId = task.taskId();
        notification.caseId = task.caseId();
        notification.referralId = task.referralId();
        notification.eventId = eventId;
        return notification;
    }

    /** {@code HOME_VISIT} in the reader's language: {@code home visit}, {@code vizita në shtëpi}. */
    static String kindIn(String kind, NoticeText.Language language) {
        return (language == NoticeText.Language.sq ? Words.SQ : Words.EN).kind(kind);
    }

    /** The words of task notices in each language; ids, codes and times stay as they are. */
    private enum Words {
        EN(NoticeText.Language.en, "A follow-up task was assigned to you.",
                "No worker of the unit was available, so this follow-up task was assigned to you as supervisor.",
                "Task", "Priority", "Due", "Task id", "Case id", "Referral id", "New follow-up task: ", " due ",
                "Overdue follow-up task: ", ", was due ", "Was due", "Assigned to",
                "A follow-up task assigned to you passed its due time without being done.",
                "A follow-up task of your Child Protection Unit passed its due time without being done.",
                "What to do: ", "do the task now, or tell your supervisor what stands in the way.",
                "check with the assignee today, and reassign the task if they cannot do it.", "EMERGENCY - "),
        SQ(NoticeText.Language.sq, "Ju është caktuar një detyrë ndjekjeje.",
                "Asnjë punonjës i njësisë nuk ishte i lirë, prandaj kjo detyrë ndjekjeje ju është caktuar juve si "
                        + "mbikëqyrës.",
                "Detyra", "Prioriteti", "Afati", "ID e detyrës", "ID e rastit", "ID e referimit",
                "Detyrë e re ndjekjeje: ", " me afat ", "Detyrë ndjekjeje me afat të kaluar: ", ", afati ishte ",
                "Afati ishte", "Caktuar për",
                "Një detyrë ndjekjeje që ju është caktuar e kaloi afatin pa u kryer.",
                "Një detyrë ndjekjeje e Njësisë suaj për Mbrojtjen e Fëmijëve e kaloi afatin pa u kryer.",
                "Çfarë duhet bërë: ", "kryeni detyrën tani, ose njoftoni mbikëqyrësin për pengesën.",
                "flisni sot me punonjësin dhe ia caktoni detyrën dikujt tjetër nëse ai nuk mund ta kryejë.",
                "EMERGJENCË - ");

        final NoticeText.Language language;
        final String assigned;
        final String assignedToSupervisor;
        final String task;
        final String priority;
        final String due;
        final String taskId;
        final String caseId;
        final String referralId;
        final String newTask;
        final String dueAt;
        final String overdueTask;
        final String wasDueAt;
        final String wasDue;
        final String assignedTo;
        final String overdueOfYours;
        final String overdueOfUnit;
        final String whatToDo;
        final String toDoAssignee;
        final String toDoSupervisor;
        final String emergency;

        Words(NoticeText.Language language, String assigned, String assignedToSupervisor, String task,
                String priority, String due, String taskId, String caseId, String referralId, String newTask,
                String dueAt, String overdueTask, String wasDueAt, String wasDue, String assignedTo,
                String overdueOfYours, String overdueOfUnit, String whatToDo, String toDoAssignee,
                String toDoSupervisor, String emergency) {
            this.language = language;
            this.assigned = assigned;
            this.assignedToSupervisor = assignedToSupervisor;
            this.task = task;
            this.priority = priority;
            this.due = due;
            this.taskId = taskId;
            this.caseId = caseId;
            this.referralId = referralId;
            this.newTask = newTask;
            this.dueAt = dueAt;
            this.overdueTask = overdueTask;
            this.wasDueAt = wasDueAt;
            this.wasDue = wasDue;
            this.assignedTo = assignedTo;
            this.overdueOfYours = overdueOfYours;
            this.overdueOfUnit = overdueOfUnit;
            this.whatToDo = whatToDo;
            this.toDoAssignee = toDoAssignee;
            this.toDoSupervisor = toDoSupervisor;
            this.emergency = emergency;
        }

        static Words of(Recipient recipient) {
            return NoticeText.Language.of(recipient) == NoticeText.Language.sq ? SQ : EN;
        }

        String title(Priority priority, String title) {
            return (priority == Priority.EMERGENCY ? emergency : "") + title;
        }

        /** {@code FIRST_CONTACT} -> {@code first contact} / {@code kontakti i parë}. */
        String kind(String kind) {
            if (this == SQ) {
                switch (kind.trim().toUpperCase(Locale.ROOT).replace('-', '_')) {
                    case "FIRST_CONTACT":
                        return "kontakti i parë";
                    case "HOME_VISIT":
                        return "vizita në shtëpi";
                    case "PLACEMENT_REVIEW":
                        return "rishikimi i vendosjes";
                    case "REINTEGRATION_FOLLOW_UP":
                        return "ndjekja e riintegrimit";
                    default:
                        return describe(kind);
                }
            }
            return describe(kind);
        }
    }
}
