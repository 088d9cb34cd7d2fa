package al.childprotection.shelter.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import al.childprotection.contracts.Municipalities;
import al.childprotection.kit.problem.RequestRejectedException;

/** The filters of a list as the query string gives them; a value that does not read is a 400 naming it. */
final class ListFilters {

    private ListFilters() {
    }

    /** The statuses named (the parameter repeated), or null (all) when none is. */
    static <E extends Enum<E>> List<E> statuses(Class<E> type, List<String> named) {
        if (named == null || named.stream().allMatch(n -> n == null || n.isBlank())) {
            return null;
        }
        List<E> statuses = new ArrayList<>();
        for (String name : named) {
            E status = StaffScope.valueOf(type, "status", name);
            if (status != null) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    /** An instant in ISO-8601 ({@code 2026-12-06T08:00:00Z}), or null when not given. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalid(field, "must be an instant such as 2026-12-06T08:00:00Z");
        }
    }

    /** {@code true} or {@code false}, or null when not given. */
    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw RequestRejectedException.invalid(field, "must be true or false");
        };
    }

    /** One of the 61 municipalities in its canonical spelling, or null when not given. */
    static String municipality(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Municipalities.canonical(value).orElseThrow(() -> RequestRejectedException.invalid("municipality",
                "must be one of Albania's 61 municipalities"));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
