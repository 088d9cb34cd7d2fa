package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The referral is finished, with its outcome. */
public record ReferralClosed(UUID referralId, String cpuCode, String municipality, String by, String outcome,
        Instant at) {
}
