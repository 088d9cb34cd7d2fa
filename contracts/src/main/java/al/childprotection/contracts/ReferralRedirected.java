package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The referral moves to another CPU, with a reason and a new acknowledgement deadline. */
public record ReferralRedirected(UUID referralId, String fromCpuCode, String toCpuCode, String toMunicipality,
        String by, String reason, Instant acknowledgeBy, Instant at) {
}
