package al.childprotection.notification.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Why a push was not accepted, as far as the subscriber may know: the endpoint answered with a status other than
 * 2xx, or no answer came at all. Refused, unreachable, reset, timed out and not allowed are one and the same
 * "could not connect": telling them apart would let a caller map ports and hosts through the platform.
 */
public record DeliveryFailure(Integer httpStatus) {

    public static DeliveryFailure answered(int status) {
        return new DeliveryFailure(status);
    }

    public static DeliveryFailure noAnswer() {
        return new DeliveryFailure(null);
    }

    /** "delivery failed at 2026-12-05T08:40:12Z: HTTP status 503" or "...: could not connect". */
    public String describe(Instant at) {
        String why = httpStatus == null ? "could not connect" : "HTTP status " + httpStatus;
        return "delivery failed at " + at.truncatedTo(ChronoUnit.SECONDS) + ": " + why;
    }
}
