package al.childprotection.notification.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    Callbacks callbacks();

    /**
     * What each ministry client (by client id) may read, in the pull feed and in its pushes. A client not listed
     * reads nothing: a new client sees no child's event until someone decided what it needs (decision 12).
     */
    Map<String, Client> clients();

    /** How exact the times a ministry receives are (decision 12). */
    @WithDefault("DAY")
    TimePrecision timePrecision();

    enum TimePrecision {
        /** The start of the day in Tirana: what statistics and oversight need, and what cannot be lined up. */
        DAY,
        /** The instant to the microsecond; only where tests must tell their own events from others'. */
        EXACT
    }

    interface Client {

        /** The CloudEvents types the client may read ({@code al.childprotection.referral.created.v1} ...). */
        List<String> eventTypes();
    }

    interface Callbacks {

        /**
         * Internal endpoints a callback may reach all the same: addresses or CIDR networks, each optionally with
         * one port ({@code 127.0.0.1}, {@code 10.1.0.0/16}, {@code 127.0.0.1:9}, {@code [::1]:8443}). Empty by
         * default: a callback reaches public addresses only.
         */
        Optional<List<String>> allowed();
    }

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
