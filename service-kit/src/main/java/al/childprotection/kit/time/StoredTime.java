package al.childprotection.kit.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL keeps them, to the microsecond: what a response or an event shows is what a later read of
 * the same row shows, and a digest or a cursor computed before the write matches one computed after it.
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** Now, to the microsecond. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code instant} as it will be stored (null stays null). */
    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
