package al.childprotection.casework.config;

import java.time.Duration;

import al.childprotection.contracts.Priority;
import io.smallrye.config.ConfigMapping;

/** SLA clocks of follow-up tasks, per priority. */
@ConfigMapping(prefix = "platform.sla")
public interface SlaConfig {

    FirstContact firstContact();

    interface FirstContact {
        Duration routine();

        Duration emergency();

        default Duration within(Priority priority) {
            return priority == Priority.EMERGENCY ? emergency() : routine();
        }
    }
}
