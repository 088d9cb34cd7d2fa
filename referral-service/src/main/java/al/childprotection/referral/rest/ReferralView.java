package al.childprotection.referral.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Situation;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.referral.domain.Referral;

/** A referral as the CPU staff who act on it read it: the child named, every reason and outcome as written. */
public record ReferralView(
        UUID id,
        UUID intakeId,
        String cpuCode,
        String municipality,
        Priority priority,
        Referral.Status status,
        ChildSummary child,
        List<Situation> situations,
        RiskLevel riskLevel,
        String stationCode,
        String routingReason,
        Instant createdAt,
        Instant acknowledgeBy,
        boolean acknowledgementOverdue,
        EscalationLevel escalationLevel,
        String reason,
        String outcome,
        UUID nrmReferralId,
        Instant firstContactDueAt,
        String firstContactAssignee,
        // True once the first-contact due time has passed. Completing the task does not stop it yet: task
        // completion is a later issue.
        boolean firstContactOverdue,
        ConsentGround consent,
        String legalBasis,
        Instant consentWithdrawnAt,
        String consentWithdrawnBy,
        String consentWithdrawalReason,
        // a task of the referral that nobody in the CPU could take, since then; null when there is none
        Instant unassignedSince) implements ReferralShown {

    /** One step of the referral's timeline. */
    public record Step(Instant at, String actor, Referral.Status fromStatus, Referral.Status toStatus, String cpuCode,
            String note) implements ReferralShown.Step {
    }
}
