package al.childprotection.casework.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.PlanItem;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.ProtectionPlan;
import al.childprotection.casework.mapping.PlanMapper;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.repository.ProtectionPlanRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Individual Protection Plans: a worker of the case's municipality submits (or resubmits a returned plan); a
 * supervisor approves it, each item becoming a task of the case due on the item's date, with {@code plan.approved};
 * or returns it with comments.
 */
@ApplicationScoped
public class ProtectionPlanning {

    private final ProtectionPlanRepository plans;
    private final ProtectionCaseRepository cases;
    private final CaseAccess access;
    private final TaskPlanner planner;
    private final Timeline timeline;
    private final Outbox outbox;
    private final AuditTrail audit;

    ProtectionPlanning(ProtectionPlanRepository plans, ProtectionCaseRepository cases, CaseAccess access,
            TaskPlanner planner, Timeline timeline, Outbox outbox, AuditTrail audit) {
        this.plans = plans;
        this.cases = cases;
        this.access = access;
        this.planner = planner;
        this.timeline = timeline;
        this.outbox = outbox;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<ProtectionPlan> submit(UUID caseId, Caller caller, ProtectionPlan.Kind kind,
            ProtectionCase.PlannedOutcome outcome, LocalDate reviewDate, List<PlanItem> items) {
        requireDueByReview(reviewDate, items);
        return access.openNamed(caseId, caller).chain(found -> {
            ProtectionPlan plan = PlanMapper.toPlan(found, caller.username(), reviewDate, items, Instant.now());
            plan.kind = kind;
            plan.plannedOutcome = plannedOutcome(found, kind, outcome);
            return plans.persist(plan)
                    .call(stored -> audit.record("plan.submitted", PlanMapper.audited(stored, found)))
                    .call(stored -> timeline.record(found, "PLAN_SUBMITTED", caller.username(),
                            stored.items.size() + " items, review on " + reviewDate, stored.submittedAt));
        });
    }

    @WithTransaction
    public Uni<ProtectionPlan> resubmit(UUID planId, Caller caller, LocalDate reviewDate, List<PlanItem> items) {
        requireDueByReview(reviewDate, items);
        return plan(planId, caller, ProtectionPlan.Status.RETURNED, "resubmitted").chain(plan -> audited(plan, caller,
                "plan.resubmitted").chain(found -> {
                    PlanMapper.resubmit(plan, caller.username(), reviewDate, items, Instant.now());
                    return timeline.record(found, "PLAN_SUBMITTED", caller.username(),
                            plan.items.size() + " items, review on " + reviewDate, plan.submittedAt).replaceWith(plan);
                }));
    }

    @WithTransaction
    public Uni<ProtectionPlan> approve(UUID planId, Caller caller) {
        return plan(planId, caller, ProtectionPlan.Status.SUBMITTED, "approved")
                .chain(plan -> audited(plan, caller, "plan.approved").chain(found -> {
                    Instant now = Instant.now();
                    plan.status = ProtectionPlan.Status.APPROVED;
                    plan.decidedBy = caller.username();
                    plan.decidedAt = now;
                    plan.comments = null;
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (PlanItem item : plan.items) {
                        chain = chain.chain(() -> planner.open(found,
                                FollowUpTask.Kind.PLAN_ITEM, PlanMapper.title(item),
                                Priority.NORMAL, null, endOf(item.dueDate))
                                .invoke(task -> item.taskId = task.id).replaceWithVoid());
                    }
                    return chain
                            .chain(() -> outbox.append(EventType.PLAN_APPROVED, found.id,
                                    PlanMapper.toApproved(plan, found), found.correlationId))
                            .chain(() -> timeline.record(found, "PLAN_APPROVED", caller.username(),
                                    plan.items.size() + " tasks", now))
                            .replaceWith(plan);
                }));
    }

    @WithTransaction
    public Uni<ProtectionPlan> returnWithComments(UUID planId, Caller caller, String comments) {
        return plan(planId, caller, ProtectionPlan.Status.SUBMITTED, "returned")
                .chain(plan -> audited(plan, caller, "plan.returned").chain(found -> {
                    plan.status = ProtectionPlan.Status.RETURNED;
                    plan.decidedBy = caller.username();
                    plan.decidedAt = Instant.now();
                    plan.comments = comments;
                    return timeline.record(found, "PLAN_RETURNED", caller.username(), comments, plan.decidedAt)
                            .replaceWith(plan);
                }));
    }

    /** A plan its reader may see (one of its case's municipality), the reading audited. */
    @WithSession
    public Uni<ProtectionPlan> find(UUID planId, Caller caller) {
        return plans.findById(planId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("plan " + planId))
                .call(plan -> cases.findById(plan.caseId)
                        .invoke(found -> caller.requireWorksIn(found.municipality, "plan " + planId))
                        .chain(found -> audit.record("plan.read", PlanMapper.audited(plan, found))));
    }

    /**
     * A page of the case's plans ({@code limit} of them, read with one more that only tells whether a next page
     * follows; filters as {@link ProtectionPlanRepository#page}). Each plan shown is a child's record read, and
     * audited as such.
     */
    @WithSession
    public Uni<List<ProtectionPlan>> ofCase(UUID caseId, Caller caller, List<ProtectionPlan.Status> statuses,
            Instant from, Instant before, PageCursor after, int limit) {
        return access.visible(caseId, caller)
                .chain(found -> plans.page(found.id, statuses, from, before, after, Pages.fetchSize(limit))
                        .call(rows -> audit.record("plan.listed", Pages.shown(rows, limit).stream()
                                .map(plan -> PlanMapper.audited(plan, found)).toList())));
    }

    private Uni<ProtectionPlan> plan(UUID planId, Caller caller, ProtectionPlan.Status from, String pastTense) {
        return plans.findById(planId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("plan " + planId))
                .call(plan -> cases.findById(plan.caseId)
                        .invoke(found -> caller.requireWorksIn(found.municipality, "plan " + planId)))
                .invoke(plan -> {
                    if (plan.status != from) {
                        throw RequestRejectedException.conflict("a plan that is " + plan.status + " cannot be "
                                + pastTense);
                    }
                });
    }

    /** The plan's open case, the step on the plan audited in the step's transaction. */
    private Uni<ProtectionCase> audited(ProtectionPlan plan, Caller caller, String action) {
        return access.openNamed(plan.caseId, caller).call(found -> audit.record(action, PlanMapper.audited(plan, found)));
    }

    /**
     * An individual care plan is for a deinstitutionalisation case only, and works towards the planned outcome
     * given (else the case's); an Individual Protection Plan has none.
     */
    private static ProtectionCase.PlannedOutcome plannedOutcome(ProtectionCase found, ProtectionPlan.Kind kind,
            ProtectionCase.PlannedOutcome outcome) {
        if (kind == ProtectionPlan.Kind.INDIVIDUAL_CARE_PLAN) {
            if (found.type != ProtectionCase.Type.DEINSTITUTIONALISATION) {
                throw RequestRejectedException.conflicting("kind",
                        "an individual care plan is for a deinstitutionalisation case only");
            }
            return outcome != null ? outcome : found.plannedOutcome;
        }
        if (outcome != null) {
            throw RequestRejectedException.conflicting("plannedOutcome",
                    "only an individual care plan has a planned outcome");
        }
        return null;
    }

    /** An item due after the plan's review is a plan nobody reviews in time: refused, naming the item. */
    private static void requireDueByReview(LocalDate reviewDate, List<PlanItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).dueDate.isAfter(reviewDate)) {
                throw RequestRejectedException.conflicting("items[" + i + "].dueDate",
                        "due after the plan's review date " + reviewDate);
            }
        }
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }
}
