package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral was addressed to the Child Protection Unit responsible for the child. {@code stationCode}: the police
 * station whose intake it comes from; {@code consent} and {@code legalBasis}: the ground the intake recorded (each
 * null in events published before the field existed).
 */
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
        Instant acknowledgeBy,
        String stationCode,
        ConsentGround consent,
        String legalBasis) {

    /** A referral without its consent ground: what producers wrote before {@code consent} existed. */
    public ReferralCreated(UUID referralId, UUID intakeId, String cpuCode, String cpuName, String municipality,
            Priority priority, ChildSummary child, List<Situation> situations, RiskLevel riskLevel,
            String routingReason, Instant createdAt, Instant acknowledgeBy, String stationCode) {
        this(referralId, intakeId, cpuCode, cpuName, municipality, priority, child, situations, riskLevel,
                routingReason, createdAt, acknowledgeBy, stationCode, null, null);
    }

    /** A referral whose sending station is not said: what producers wrote before {@code stationCode}. */
    public ReferralCreated(UUID referralId, UUID intakeId, String cpuCode, String cpuName, String municipality,
            Priority priority, ChildSummary child, List<Situation> situations, RiskLevel riskLevel,
            String routingReason, Instant createdAt, Instant acknowledgeBy) {
        this(referralId, intakeId, cpuCode, cpuName, municipality, priority, child, situations, riskLevel,
                routingReason, createdAt, acknowledgeBy, null, null, null);
    }
}
