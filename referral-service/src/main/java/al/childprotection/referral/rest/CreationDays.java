package al.childprotection.referral.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import al.childprotection.kit.problem.RequestRejectedException;

/** A list's date range: whole days in Albania's time, both ends included. */
final class CreationDays {

    static final ZoneId ALBANIA = ZoneId.of("Europe/Tirane");

    private CreationDays() {
    }

    /** The first instant of the day {@code value} names ({@code null}: no bound). */
    static Instant start(String value, String field) {
        LocalDate day = day(value, field);
        return day == null ? null : day.atStartOfDay(ALBANIA).toInstant();
    }

    /** The first instant after the day {@code value} names ({@code null}: no bound). */
    static Instant end(String value, String field) {
        LocalDate day = day(value, field);
        return day == null ? null : day.plusDays(1).atStartOfDay(ALBANIA).toInstant();
    }

    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalid(field, "must be a day, yyyy-mm-dd");
        }
    }
}
