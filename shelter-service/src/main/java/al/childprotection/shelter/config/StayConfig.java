package al.childprotection.shelter.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The emergency-stay clock: its first length, the longest a stay may be extended to, and reintegration. */
@ConfigMapping(prefix = "platform.shelter")
public interface StayConfig {

    /** How long an emergency stay lasts from admission, before any extension. */
    Duration emergencyStay();

    /** The longest an emergency stay may last in total, counted from admission, however often extended. */
    Duration longestStay();

    /** How soon after a discharge the CPU follows up on the child's reintegration. */
    Duration reintegrationFollowUp();
}
