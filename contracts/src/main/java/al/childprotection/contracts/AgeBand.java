package al.childprotection.notification.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A child's age as the ministry feeds give it: a band, never a date of birth. The bands are those of child
 * protection statistics (0-4, 5-9, 10-14, 15-17); an estimated age is used when the date of birth is unknown.
 */
public final class AgeBand {

    public static final String UNKNOWN = "unknown";

    private AgeBand() {
    }

    public static String of(LocalDate dateOfBirth, Integer estimatedAge, Instant at) {
        Integer age = estimatedAge;
        if (dateOfBirth != null && at != null) {
            age = Period.between(dateOfBirth, LocalDate.ofInstant(at, NotificationMapper.PLATFORM_ZONE)).getYears();
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
        return age < 18 ? "15-17" : "18+";
    }
}
