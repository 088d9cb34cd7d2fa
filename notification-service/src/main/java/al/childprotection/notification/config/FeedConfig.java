package al.childprotection.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ministry feeds: who may read them, and how pushes are retried. */
@ConfigMapping(prefix = "platform.feed")
public interface FeedConfig {

    /** The OAuth scope a ministry client's token must carry. */
    @WithDefault("feed.read")
    String scope();

    /** Whether callback URLs may be plain http (only for local runs and tests; production needs https). */
    @WithDefault("false")
    boolean plainHttpAllowed();

    /** How often due pushes are looked for (read by the scheduler as {@code platform.feed.delivery-interval}). */
    @WithDefault("1s")
    String deliveryInterval();

    Delivery delivery();

    interface Delivery {

        /** How many entries one pass delivers to one subscription at most. */
        @WithDefault("100")
        int batchSize();

        /** The wait after the first failure; it doubles with each further failure in a row. */
        @WithDefault("PT5S")
        Duration firstRetryAfter();

        /** The longest wait between two attempts. */
        @WithDefault("PT15M")
        Duration longestRetryAfter();

        /** After this many failures in a row the subscription is paused until its owner resumes it. */
        @WithDefault("10")
        int pauseAfterFailures();

        /** How long a subscriber's endpoint has to answer. */
        @WithDefault("PT10S")
        Duration timeout();
    }
}
