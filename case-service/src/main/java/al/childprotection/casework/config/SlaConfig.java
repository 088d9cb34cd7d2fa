package al.childprotection.casework.config;

import java.time.Duration;

import al.childprotection.contracts.Priority;
import io.smallrye.config.ConfigMapping;

/** SLA clocks of follow-up tasks, per priority. */
@ConfigMapping(prefix = "platform.sla")
public interface SlaConfig {

    FirstContact firstContact();

    interface FirstContact {
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
