package al.childprotection.casework.mapping;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.rest.CaseView;
import al.childprotection.casework.rest.TaskView;
import al.childprotection.casework.service.TaskAssignment;
import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.TaskAssigned;

public final class CaseMapper {

    /** A case as its reader sees it: the case, its child, its tasks. */
    public record CaseFile(ProtectionCase protectionCase, Child child, List<FollowUpTask> tasks) {
    }

    private CaseMapper() {
    }

    public static Child toChild(ChildSummary summary, Instant now) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.createdAt = now;
        correct(child, summary);
        return child;
    }

    /** The child as the referral now describes it: names, date of birth, estimated age, sex and the match key. */
    public static void correct(Child child, ChildSummary summary) {
        child.givenName = summary.givenName();
        child.familyName = summary.familyName();
        child.dateOfBirth = summary.dateOfBirth();
        child.estimatedAge = summary.estimatedAge();
        child.sex = summary.sex();
        child.matchKey = summary.dateOfBirth() == null ? null
                : plain(summary.givenName()) + "|" + plain(summary.familyName()) + "|" + summary.dateOfBirth();
    }

    public static ProtectionCase toCase(Child child, ReferralCreated referral, String correlationId, Instant now) {
        ProtectionCase opened = new ProtectionCase();
        opened.id = UUID.randomUUID();
        opened.childId = child.id;
        opened.cpuCode = referral.cpuCode();
        opened.municipality = referral.municipality();
        opened.status = ProtectionCase.Status.OPEN;
        opened.openedAt = now;
        opened.correlationId = correlationId;
        return opened;
    }

    public static FollowUpTask toFirstContact(ProtectionCase protectionCase, ReferralCreated referral,
            TaskAssignment.Choice choice, Instant dueAt, Instant now) {
        FollowUpTask task = new FollowUpTask();
        task.id = UUID.randomUUID();
        task.caseId = protectionCase.id;
        task.referralId = referral.referralId();
        task.kind = FollowUpTask.Kind.FIRST_CONTACT;
        task.status = choice.assignee() == null ? FollowUpTask.Status.UNASSIGNED : FollowUpTask.Status.OPEN;
        task.priority = referral.priority();
        task.assignee = choice.assignee();
        task.assignedToSupervisor = choice.supervisor();
        task.dueAt = dueAt;
        task.createdAt = now;
        task.municipality = protectionCase.municipality;
        return task;
    }

    public static CaseOpened toOpened(ProtectionCase opened, UUID referralId) {
        return new CaseOpened(opened.id, opened.childId, referralId, opened.cpuCode, opened.municipality,
                opened.openedAt);
    }

    public static TaskAssigned toAssigned(FollowUpTask task, ProtectionCase protectionCase) {
        return new TaskAssigned(task.id, task.caseId, task.referralId, protectionCase.cpuCode, task.municipality,
                task.kind.name(), task.assignee, task.assignedToSupervisor, task.priority, task.dueAt,
                task.createdAt);
    }

    public static TaskView toView(FollowUpTask task) {
        return new TaskView(task.id, task.caseId, task.referralId, task.kind, task.status, task.priority,
                task.assignee, task.assignedToSupervisor, task.municipality, task.dueAt, task.createdAt);
    }

    public static CaseView toView(CaseFile file) {
        ProtectionCase c = file.protectionCase();
        Child child = file.child();
        return new CaseView(c.id, c.cpuCode, c.municipality, c.status, c.worker, c.openedAt,
                new ChildSummary(child.givenName, child.familyName, child.dateOfBirth, child.estimatedAge, child.sex),
                file.tasks().stream().map(CaseMapper::toView).toList());
    }

    /** "Elirë Çela" and "elire cela" are the same name to the matcher. */
    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }
}
