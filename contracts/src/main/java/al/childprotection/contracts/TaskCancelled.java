package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An open task will not be done, with the reason: its referral was redirected to another CPU, revoked by the
 * station, rejected, or closed. {@code assignee} (null if nobody had it) should stop work on it.
 */
public record TaskCancelled(UUID taskId, UUID caseId, UUID referralId, String cpuCode, String municipality,
        String kind, String assignee, String reason, Instant at) {
}
