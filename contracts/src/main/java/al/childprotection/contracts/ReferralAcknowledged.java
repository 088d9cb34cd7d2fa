package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The responsible CPU has seen the referral: the acknowledgement clock stops. */
public record ReferralAcknowledged(UUID referralId, String cpuCode, String municipality, String by, Instant at) {
}
