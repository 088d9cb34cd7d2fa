package al.childprotection.casework.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.CaseRecord;
import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ItgMeeting;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.TaskReassignment;
import al.childprotection.casework.domain.TimelineEntry;
import al.childprotection.casework.matching.Names;
import al.childprotection.casework.rest.CaseRecordView;
import al.childprotection.casework.rest.CaseRequests;
import al.childprotection.casework.rest.CaseView;
import al.childprotection.casework.rest.TaskView;
import al.childprotection.casework.rest.TimelineView;
import al.childprotection.casework.rest.WorkloadView;
import al.childprotection.casework.service.Timeline;
import al.childprotection.casework.service.Workload;
import al.childprotection.casework.service.TaskAssignment;
import al.childprotection.contracts.CaseClosed;
import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.CasePlacementRequested;
import al.childprotection.contracts.CaseStale;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskCancelled;
import al.childprotection.contracts.TaskCompleted;
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.contracts.TaskOverdue;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.kit.audit.AuditedRecord;

public final class CaseMapper {

    /** A case as its reader sees it: the case, its child, its tasks. */
    public record CaseFile(ProtectionCase protectionCase, Child child, List<FollowUpTask> tasks) {
    }

    private CaseMapper() {
    }

    /**
     * The id the audit trail finds all of a case's records by: the intake the child was first recorded in (as in
     * police-intake and referral-service), or the case itself when the CPU opened it without a referral.
     */
    public static UUID trail(ProtectionCase c) {
        return c.intakeId != null ? c.intakeId : c.id;
    }

    /** The case as the audit trail names it: with its intake and the municipality of the CPU responsible. */
    public static AuditedRecord audited(ProtectionCase c) {
        return AuditedRecord.of("case", c.id, trail(c), c.municipality);
    }

    /** A task of the case, found like the case by its intake. */
    public static AuditedRecord audited(FollowUpTask task, ProtectionCase c) {
        return AuditedRecord.of("task", task.id, trail(c), c.municipality);
    }

    /** A record kept on the case (a home visit, an assessment...), found like the case by its intake. */
    public static AuditedRecord audited(CaseRecord record, ProtectionCase c) {
        return AuditedRecord.of("case-record", record.id, trail(c), c.municipality);
    }

    /** An ITG meeting on the case, found like the case by its intake. */
    public static AuditedRecord audited(ItgMeeting meeting, ProtectionCase c) {
        return AuditedRecord.of("itg-meeting", meeting.id, trail(c), c.municipality);
    }

    public static Child toChild(ChildSummary summary, Instant now) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.createdAt = now;
        correct(child, summary);
        return child;
    }

    /**
     * The child as the referral now describes it: names, date of birth (or one estimated from the estimated age),
     * sex, and the particulars the matcher reads. A personal number or parents' names already known stay.
     */
    public static void correct(Child child, ChildSummary summary) {
        child.givenName = summary.givenName();
        child.familyName = summary.familyName();
        child.dateOfBirth = summary.dateOfBirth();
        child.estimatedAge = summary.estimatedAge();
        child.sex = summary.sex();
        child.dateOfBirthEstimated = summary.dateOfBirth() == null;
        child.birthDateForMatching = summary.dateOfBirth() != null ? summary.dateOfBirth()
                : summary.estimatedAge() == null ? null
                        : LocalDate.ofInstant(child.createdAt, ZoneOffset.UTC).minusYears(summary.estimatedAge())
                                .minusMonths(6);
        child.matchKey = summary.dateOfBirth() == null ? null
                : Names.plain(summary.givenName()) + "|" + Names.plain(summary.familyName()) + "|"
                        + summary.dateOfBirth();
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
        opened.referralId = referral.referralId();
        opened.intakeId = referral.intakeId();
        opened.riskLevel = referral.riskLevel();
        return opened;
    }

    /** A redirection, read as the referral the new CPU receives: made at {@code at}, its clock starting then. */
    public static ReferralCreated toReferral(ReferralRedirected redirected, Instant at) {
        return new ReferralCreated(redirected.referralId(), redirected.intakeId(), redirected.toCpuCode(),
                redirected.toCpuName(), redirected.toMunicipality(),
                redirected.priority() != null ? redirected.priority() : Priority.NORMAL, redirected.child(),
                redirected.situations() != null ? redirected.situations() : List.of(), redirected.riskLevel(),
                "redirected from " + redirected.fromCpuCode() + ": " + redirected.reason(), at,
                redirected.acknowledgeBy());
    }

    /** A case of its own for a referral whose correction shows another child than the case's: same CPU and worker. */
    public static ProtectionCase splitOff(ProtectionCase shared, Child child, UUID referralId, UUID intakeId,
            Instant now) {
        ProtectionCase own = new ProtectionCase();
        own.id = UUID.randomUUID();
        own.childId = child.id;
        own.cpuCode = shared.cpuCode;
        own.municipality = shared.municipality;
        own.status = ProtectionCase.Status.OPEN;
        own.worker = shared.worker;
        own.openedAt = now;
        own.correlationId = intakeId != null ? intakeId.toString() : shared.correlationId;
        own.referralId = referralId;
        own.intakeId = intakeId;
        return own;
    }

    /** A deinstitutionalisation case the CPU opens itself: no referral behind it. */
    public static ProtectionCase toDeinstitutionalisationCase(Child child, String cpuCode, String municipality,
            String institution, ProtectionCase.PlannedOutcome outcome, String worker, Instant now) {
        ProtectionCase opened = new ProtectionCase();
        opened.id = UUID.randomUUID();
        opened.childId = child.id;
        opened.cpuCode = cpuCode;
        opened.municipality = municipality;
        opened.status = ProtectionCase.Status.OPEN;
        opened.worker = worker;
        opened.openedAt = now;
        opened.correlationId = UUID.randomUUID().toString();
        opened.type = ProtectionCase.Type.DEINSTITUTIONALISATION;
        opened.institution = institution;
        opened.plannedOutcome = outcome;
        return opened;
    }

    public static ChildSummary summary(CaseRequests.InstitutionalisedChild child) {
        return new ChildSummary(child.givenName().strip(), child.familyName().strip(), child.dateOfBirth(), null,
                child.sex());
    }

    public static FollowUpTask toTask(ProtectionCase protectionCase, FollowUpTask.Kind kind, String title,
            Priority priority, UUID referralId, TaskAssignment.Choice choice, Instant dueAt, Instant now) {
        FollowUpTask task = new FollowUpTask();
        task.id = UUID.randomUUID();
        task.caseId = protectionCase.id;
        task.referralId = referralId;
        task.kind = kind;
        task.title = title;
        task.status = choice.assignee() == null ? FollowUpTask.Status.UNASSIGNED : FollowUpTask.Status.OPEN;
        task.priority = priority;
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
        return new TaskView(task.id, task.caseId, task.referralId, task.kind, task.title, task.status, task.priority,
                task.assignee, task.assignedToSupervisor, task.municipality, task.dueAt, task.overdue(Instant.now()),
                task.createdAt, task.startedAt, task.completedAt, task.completedBy, task.cancelReason);
    }

    public static CaseClosed toClosed(ProtectionCase c) {
        return new CaseClosed(c.id, c.childId, c.referralId, c.cpuCode, c.municipality, c.closureReason, c.outcome,
                c.closedAt);
    }

    public static TaskCancelled toCancelled(FollowUpTask task, ProtectionCase protectionCase) {
        return new TaskCancelled(task.id, task.caseId, task.referralId, protectionCase.cpuCode, task.municipality,
                task.kind.name(), task.assignee, task.cancelReason, task.cancelledAt);
    }

    public static CaseRecord toRecord(ProtectionCase protectionCase, CaseRecord.Kind kind, String by, String content,
            Instant now) {
        CaseRecord record = new CaseRecord();
        record.id = UUID.randomUUID();
        record.caseId = protectionCase.id;
        record.kind = kind;
        record.recordedBy = by;
        record.recordedAt = now;
        record.content = content;
        return record;
    }

    public static CasePlacementRequested toPlacementRequested(ProtectionCase c, Child child, Instant now) {
        return new CasePlacementRequested(c.id, c.childId, c.origin(), c.cpuCode, c.municipality, summary(child),
                now);
    }

    public static ChildSummary summary(Child child) {
        return new ChildSummary(child.givenName, child.familyName, child.dateOfBirth, child.estimatedAge, child.sex);
    }

    public static TaskCompleted toCompleted(FollowUpTask task, ProtectionCase protectionCase) {
        return new TaskCompleted(task.id, task.caseId, task.referralId, protectionCase.cpuCode, task.municipality,
                task.kind.name(), task.completedBy, task.completedAt);
    }

    public static TaskOverdue toOverdue(FollowUpTask task, ProtectionCase protectionCase, Instant now) {
        return new TaskOverdue(task.id, task.caseId, task.referralId, protectionCase.cpuCode, task.municipality,
                task.kind.name(), task.assignee, task.priority, task.dueAt, now);
    }

    public static CaseStale toStale(ProtectionCase c, Instant now) {
        return new CaseStale(c.id, c.referralId, c.cpuCode, c.municipality, c.worker, c.lastActivityAt, now);
    }

    public static TaskUnassigned toUnassigned(FollowUpTask task, ProtectionCase c, Instant now) {
        return new TaskUnassigned(task.id, task.caseId, task.referralId, c.cpuCode, task.municipality,
                task.kind.name(), task.priority, c.highRisk(), task.dueAt, task.escalateAt, now);
    }

    /** To SARPC: the task's second breach. */
    public static TaskEscalated toEscalated(FollowUpTask task, ProtectionCase c, TaskEscalated.Reason reason,
            Instant now) {
        return new TaskEscalated(task.id, task.caseId, task.referralId, c.cpuCode, task.municipality,
                task.kind.name(), task.assignee, task.priority, reason, EscalationLevel.SARPC, task.dueAt, now);
    }

    public static TaskReassignment toReassignment(FollowUpTask task, String to, String by, String reason,
            Instant now) {
        TaskReassignment move = new TaskReassignment();
        move.id = UUID.randomUUID();
        move.taskId = task.id;
        move.fromAssignee = task.assignee;
        move.toAssignee = to;
        move.reassignedBy = by;
        move.reason = reason;
        move.at = now;
        return move;
    }

    public static CaseView toView(CaseFile file) {
        ProtectionCase c = file.protectionCase();
        Child child = file.child();
        return new CaseView(c.id, c.cpuCode, c.municipality, c.status, c.worker, c.openedAt, c.referralId,
                c.closedAt, c.closedBy, c.closureReason, c.outcome, c.type, c.institution, c.plannedOutcome, c.childId,
                summary(child),
                file.tasks().stream().map(CaseMapper::toView).toList());
    }

    /** A timeline entry; the note only for a reader of the CPU's own municipality. */
    public static TimelineView toView(Timeline.Entry entry, boolean ownMunicipality) {
        TimelineEntry e = entry.entry();
        return new TimelineView(e.at, e.kind, e.actor, ownMunicipality ? e.note : null, e.caseId,
                entry.protectionCase().cpuCode);
    }

    /** Per member: open and in-progress tasks, and how many of them are overdue. */
    public static List<WorkloadView> toWorkload(Workload.Snapshot snapshot, Instant now) {
        return snapshot.members().stream().map(member -> {
            List<FollowUpTask> theirs = snapshot.active().stream()
                    .filter(t -> member.username.equals(t.assignee)).toList();
            return new WorkloadView(member.username, member.displayName,
                    member.supervisor() ? "SUPERVISOR" : "WORKER",
                    theirs.stream().filter(t -> t.status == FollowUpTask.Status.OPEN).count(),
                    theirs.stream().filter(t -> t.status == FollowUpTask.Status.IN_PROGRESS).count(),
                    theirs.stream().filter(t -> t.overdue(now)).count());
        }).toList();
    }

    public static CaseRecordView toView(CaseRecord r) {
        return new CaseRecordView(r.id, r.caseId, r.kind, r.recordedBy, r.recordedAt, r.content);
    }
}
