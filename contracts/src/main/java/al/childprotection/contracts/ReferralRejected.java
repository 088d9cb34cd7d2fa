package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The CPU refuses the referral, with a reason; it stays visible until it is redirected. */
public record ReferralRejected(UUID referralId, String cpuCode, String municipality, String by, String reason,
        Instant at) {
}
