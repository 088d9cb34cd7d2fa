package al.childprotection.referral.config;

import java.time.Duration;

import al.childprotection.kit.sla.PerPriority;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SLA clocks of a referral, per priority. */
@ConfigMapping(prefix = "platform.sla")
public interface SlaConfig {

    /** From a referral's creation (or its redirection) to its acknowledgement; again to SARPC after the supervisor. */
    PerPriority acknowledge();

    /** How often the acknowledgement clock looks for overdue referrals. */
    Duration checkInterval();

    /** How many referrals the acknowledgement clock escalates per transaction; it goes on until none is due. */
    @WithDefault("200")
    int escalationBatchSize();
}
