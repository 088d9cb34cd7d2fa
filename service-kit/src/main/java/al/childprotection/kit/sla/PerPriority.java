package al.childprotection.kit.sla;

import java.time.Duration;
import java.time.Instant;

import al.childprotection.contracts.Priority;

/**
 * An SLA window per priority, as a service's {@code @ConfigMapping} reads it ({@code emergency}, {@code high},
 * {@code normal}), and the one rule for a deadline: the window of the priority, counted from when the clock starts.
 */
public interface PerPriority {

    Duration emergency();

    Duration high();

    Duration normal();

    default Duration within(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> emergency();
            case HIGH -> high();
            case NORMAL -> normal();
        };
    }

    /** The deadline of a clock of {@code priority} that starts at {@code start}. */
    default Instant deadline(Instant start, Priority priority) {
        return start.plus(within(priority));
    }
}
