package al.childprotection.contracts;

import java.time.Instant;
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
        LegalStatus legalStatus,
        RiskLevel riskLevel,
        String routingReason,
        Instant createdAt,
        Instant acknowledgeBy) {
}
