package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The CPU takes the child on. */
public record ReferralAccepted(UUID referralId, String cpuCode, String municipality, String by, Instant at) {
}
