package al.childprotection.referral.config;

import java.time.Duration;

import al.childprotection.contracts.Priority;
import io.smallrye.config.ConfigMapping;

/** SLA clocks of a referral, per priority. */
@ConfigMapping(prefix = "platform.sla")
public interface SlaConfig {

    Acknowledge acknowledge();

    /** How often the acknowledgement clock looks for overdue referrals. */
    Duration checkInterval();

    interface Acknowledge {
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
    }
}
