package al.childprotection.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** E-mail delivery; the poll interval is read by the scheduler as {@code platform.email.poll-interval}. */
@ConfigMapping(prefix = "platform.email")
public interface EmailConfig {

    /** How many pending e-mails one poll sends at most. */
    @WithDefault("50")
    int batchSize();

    /** After this many refused attempts an e-mail is given up (FAILED); until then it is retried on every poll. */
    @WithDefault("10")
    int maxAttempts();

    /** How often EmailDelivery looks for pending e-mails (a Quarkus duration such as {@code 1s}). */
    @WithDefault("1s")
    String pollInterval();
}
