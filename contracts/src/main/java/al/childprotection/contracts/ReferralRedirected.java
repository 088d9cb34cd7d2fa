package al.childprotection.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The referral moves to another CPU, with a reason and a new acknowledgement deadline. It carries what the new CPU
 * needs to open the child's case there, as a referral would: the child, priority, risk and situations (null in
 * events published before the fields existed).
 */
public record ReferralRedirected(UUID referralId, String fromCpuCode, String toCpuCode, String toMunicipality,
        String by, String reason, Instant acknowledgeBy, Instant at, UUID intakeId, String toCpuName,
        ChildSummary child, Priority priority, RiskLevel riskLevel, List<Situation> situations) {

    /** A redirection without the child: what producers wrote before those fields existed. */
    public ReferralRedirected(UUID referralId, String fromCpuCode, String toCpuCode, String toMunicipality,
            String by, String reason, Instant acknowledgeBy, Instant at) {
        this(referralId, fromCpuCode, toCpuCode, toMunicipality, by, reason, acknowledgeBy, at, null, null, null,
                null, null, null);
    }
}
