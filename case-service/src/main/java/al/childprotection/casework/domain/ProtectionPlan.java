package al.childprotection.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A child's Individual Protection Plan: submitted by a worker, approved or returned by a supervisor. */
@Entity
@Table(name = "protection_plan")
public class ProtectionPlan {

    public enum Status {
        SUBMITTED, APPROVED, RETURNED
    }

    /** An Individual Protection Plan, or the individual care plan of a deinstitutionalisation case. */
    public enum Kind {
        INDIVIDUAL_PROTECTION_PLAN, INDIVIDUAL_CARE_PLAN
    }

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The supervisor's comments when returning the plan. */
    public String comments;

    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.INDIVIDUAL_PROTECTION_PLAN;

    /** The outcome an individual care plan works towards. */
    @Enumerated(EnumType.STRING)
    @Column(name = "planned_outcome")
    public ProtectionCase.PlannedOutcome plannedOutcome;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    public List<PlanItem> items = new ArrayList<>();
}
