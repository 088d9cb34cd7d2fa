package al.childprotection.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * A child's age where a reader must not see the date of birth (the ministry feeds, SARPC's views): a band. The
 * bands are the five-year groups of child protection statistics (0-4, 5-9, 10-14, 15-17), one set for every reader
 * so that SARPC's figures and the ministries' can be set side by side. The age is the child's age at {@code at}
 * (when the referral was made: a fact that does not change as it is read later), in Tirana; an estimated age stands
 * in for an unknown date of birth.
 */
public final class AgeBand {

    public static final String UNKNOWN = "unknown";

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Tirane");

    private AgeBand() {
    }

    public static String of(LocalDate dateOfBirth, Integer estimatedAge, Instant at) {
        Integer age = estimatedAge;
        if (dateOfBirth != null && at != null) {
            age = Period.between(dateOfBirth, LocalDate.ofInstant(at, PLATFORM_ZONE)).getYears();
        }
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age < 5) {
            return "0-4";
        }
        if (age < 10) {
            return "5-9";
        }
        if (age < 15) {
            return "10-14";
        }
        // an estimate can put a young person past childhood: a reader needs to see that, not a child's band
        return age < 18 ? "15-17" : "18+";
    }
}
