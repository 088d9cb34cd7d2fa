package al.childprotection.casework.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.PlanItem;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.ProtectionPlan;
import al.childprotection.casework.rest.PlanRequests;
import al.childprotection.casework.rest.PlanView;
import al.childprotection.contracts.PlanApproved;
import al.childprotection.kit.audit.AuditedRecord;

public final class PlanMapper {

    private PlanMapper() {
    }

    /** The plan as the audit trail names it, found like its case by the case's intake. */
    public static AuditedRecord audited(ProtectionPlan plan, ProtectionCase c) {
        return AuditedRecord.of("plan", plan.id, CaseMapper.trail(c), c.municipality);
    }

    public static List<PlanItem> toItems(List<PlanRequests.Item> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> {
            PlanRequests.Item in = items.get(i);
            PlanItem item = new PlanItem();
            item.id = UUID.randomUUID();
            item.position = i;
            item.goal = in.goal().strip();
            item.service = in.service().strip();
            item.responsibleAgency = in.responsibleAgency().strip();
            item.dueDate = in.dueDate();
            return item;
        }).toList();
    }

    public static ProtectionPlan toPlan(ProtectionCase protectionCase, String by, LocalDate reviewDate,
            List<PlanItem> items, Instant now) {
        ProtectionPlan plan = new ProtectionPlan();
        plan.id = UUID.randomUUID();
        plan.caseId = protectionCase.id;
        resubmit(plan, by, reviewDate, items, now);
        return plan;
    }

    public static void resubmit(ProtectionPlan plan, String by, LocalDate reviewDate, List<PlanItem> items,
            Instant now) {
        plan.status = ProtectionPlan.Status.SUBMITTED;
        plan.reviewDate = reviewDate;
        plan.submittedBy = by;
        plan.submittedAt = now;
        plan.items.clear();
        plan.items.addAll(items);
    }

    /** What the task asks: the goal, the service, and the agency responsible for it. */
    public static String title(PlanItem item) {
        return item.goal + " - " + item.service + " (" + item.responsibleAgency + ")";
    }

    public static PlanApproved toApproved(ProtectionPlan plan, ProtectionCase c) {
        return new PlanApproved(plan.id, c.id, c.origin(), c.cpuCode, c.municipality, plan.items.size(),
                plan.reviewDate, plan.decidedBy, plan.decidedAt);
    }

    public static PlanView toView(ProtectionPlan p) {
        return new PlanView(p.id, p.caseId, p.kind, p.plannedOutcome, p.status, p.reviewDate, p.submittedBy, p.submittedAt, p.decidedBy,
                p.decidedAt, p.comments, p.items.stream().map(i -> new PlanView.Item(i.goal, i.service,
                        i.responsibleAgency, i.dueDate, i.taskId)).toList());
    }
}
