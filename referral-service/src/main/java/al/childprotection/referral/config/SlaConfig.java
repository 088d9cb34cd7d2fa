package al.childprotection.referral.config;

import java.time.Duration;

import al.childprotection.contracts.Priority;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SLA clocks of a referral, per priority. */
@ConfigMapping(prefix = "platform.sla")
public interface SlaConfig {

    Acknowledge acknowledge();

    /** How often the acknowledgement clock looks for overdue referrals. */
    Duration checkInterval();

    /** How many referrals the acknowledgement clock escalates per transaction; it goes on until none is due. */
    @WithDefault("200")
    int escalationBatchSize();

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
