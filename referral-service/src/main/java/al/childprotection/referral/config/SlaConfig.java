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
        Duration routine();

        Duration emergency();

        default Duration within(Priority priority) {
            return priority == Priority.EMERGENCY ? emergency() : routine();
        }
    }
}
