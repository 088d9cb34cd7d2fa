package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A referral was addressed to the Child Protection Unit responsible for the child. */
public record ReferralCreated(
        UUID referralId,
        UUID intakeId,
        String cpuCode,
        String cpuName,
        String municipality,
        Priority priority,
        ChildSummary child,
        List<Situation> situations,
        RiskLevel riskLevel,
        String routingReason,
        Instant createdAt,
        Instant acknowledgeBy) {
}
