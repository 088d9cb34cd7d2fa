package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The referral was not acknowledged by its deadline: escalated to the CPU's supervisor, then to SARPC. */
public record ReferralEscalated(UUID referralId, String cpuCode, String municipality, Priority priority,
        EscalationLevel level, Instant deadline, Instant at) {
}
