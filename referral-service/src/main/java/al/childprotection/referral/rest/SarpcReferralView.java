package al.childprotection.referral.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.referral.domain.Referral;

/**
 * A referral as SARPC reads it (decision 11): where it is, how fast it moves and what kind of child it concerns, never
 * who the child is. No names, no date of birth, no text anybody typed (routing reasons quote the police's words for
 * the residence; rejection and redirection reasons and outcomes are the CPU's). The child is {@code childRef}, the
 * same for every referral of the same child and useless without the service's key, and an {@code ageBand}.
 */
public record SarpcReferralView(
        UUID id,
        UUID intakeId,
        String childRef,
        String ageBand,
        Sex sex,
        String cpuCode,
        String municipality,
        Priority priority,
        Referral.Status status,
        List<Situation> situations,
        RiskLevel riskLevel,
        String stationCode,
        Instant createdAt,
        Instant acknowledgeBy,
        boolean acknowledgementOverdue,
        EscalationLevel escalationLevel,
        boolean referredToNrm,
        Instant firstContactDueAt,
        String firstContactAssignee,
        boolean firstContactOverdue,
        // the ground only: the legal basis and the withdrawal are what the CPU and the family said
        ConsentGround consent,
        Instant unassignedSince) implements ReferralShown {

    /** One step of the timeline: who moved the referral, when, where to; not the note they wrote. */
    public record Step(Instant at, String actor, Referral.Status fromStatus, Referral.Status toStatus, String cpuCode)
            implements ReferralShown.Step {
    }
}
