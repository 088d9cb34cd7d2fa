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
        FIRST_CONTACT
    }

    public enum Status {
        OPEN, UNASSIGNED, COMPLETED
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
}
