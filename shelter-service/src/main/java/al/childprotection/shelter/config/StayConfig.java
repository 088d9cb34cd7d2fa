package al.childprotection.shelter.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * The emergency-stay clock: its first length, the longest a stay may be extended to, and how the overstay clock
 * looks. The reintegration follow-up after a discharge is case-service's deadline, kept there only.
 */
@ConfigMapping(prefix = "platform.shelter")
public interface StayConfig {

    /** How long an emergency stay lasts from admission, before any extension. */
    Duration emergencyStay();

    /** The longest an emergency stay may last in total, counted from admission, however often extended. */
    Duration longestStay();

    /** How often the overstay clock looks for stays past their end (read by its schedule). */
    Duration overstayCheckInterval();

    /** How many stays the overstay clock takes in one look. */
    int clockBatchSize();
}
