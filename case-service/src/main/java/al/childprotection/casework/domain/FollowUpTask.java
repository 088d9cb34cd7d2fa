package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.Priority;

/** Work a CPU worker owes a child, with the time it is due. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    public enum Kind {
        FIRST_CONTACT, NEEDS_ASSESSMENT, RISK_ASSESSMENT, EMERGENCY_INTERVENTION, PLAN_ITEM, PLACEMENT_REVIEW,
        REINTEGRATION_FOLLOW_UP, MEETING_DECISION,
        DEINSTITUTIONALISATION_ASSESSMENT,
        /** For the supervisor: another CPU may hold the same child; contact it, then confirm or reject the match. */
        CROSS_MUNICIPALITY_MATCH
    }

    /** OPEN (assigned) → IN_PROGRESS → COMPLETED, or CANCELLED with a reason; UNASSIGNED when the CPU has nobody. */
    public enum Status {
        OPEN, UNASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED;

        public boolean active() {
            return this == OPEN || this == UNASSIGNED || this == IN_PROGRESS;
        }
    }

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public String assignee;

    @Column(name = "assigned_to_supervisor")
    public boolean assignedToSupervisor;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public String municipality;

    /** What the task asks, when its kind does not say it all (a plan item). */
    public String title;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** When the overdue clock announced that the task passed its due time; it does so once. */
    @Column(name = "overdue_at")
    public Instant overdueAt;

    /** When a task nobody could take goes to SARPC if still nobody's. */
    @Column(name = "escalate_at")
    public Instant escalateAt;

    /** When the escalation clock sent the unassigned task to SARPC; once per wait. */
    @Column(name = "unassigned_escalated_at")
    public Instant unassignedEscalatedAt;

    /** When the escalation clock sent the overdue task to SARPC; once. */
    @Column(name = "overdue_escalated_at")
    public Instant overdueEscalatedAt;

    public boolean overdue(Instant now) {
        return status.active() && dueAt.isBefore(now);
    }
}
