package al.childprotection.notification.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import al.childprotection.notification.config.FeedConfig.TimePrecision;

/**
 * The times a ministry receives are the start of the day in Tirana on which the thing happened: enough to count
 * referrals, admissions and escalations per day, week or month, and to see a backlog. Exact times would let two
 * ministries line up their pseudonymous entries one by one, and together with a municipality and an age band
 * point at one child.
 */
public final class FeedTimes {

    static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    private FeedTimes() {
    }

    public static Instant coarsened(Instant at, TimePrecision precision) {
        if (at == null) {
            return null;
        }
        if (precision == TimePrecision.EXACT) {
            return at;
        }
        return at.atZone(TIRANA).truncatedTo(ChronoUnit.DAYS).toInstant();
    }
}
