package al.childprotection.referral.rest;

/**
 * How a municipality's CPUs keep the acknowledgement SLA: counts only, never a child.
 * {@code acknowledgedInTime} and {@code acknowledgedLate} compare the last acknowledgement with the deadline
 * of the CPU that holds the referral.
 */
public record ReferralStatistics(
        String municipality,
        long referrals,
        long awaitingAcknowledgement,
        long acknowledgementOverdue,
        long acknowledgedInTime,
        long acknowledgedLate,
        long escalated,
        long escalatedToSarpc,
        long rejected,
        long closed) {
}
