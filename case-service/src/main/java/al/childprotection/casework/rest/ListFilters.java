package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.problem.RequestRejectedException;

/** The filters of a list as the query string gives them; a value that does not read is a 400 naming its parameter. */
final class ListFilters {

    private ListFilters() {
    }

    /**
     * The cursor a caller sent to a list ordered by a time then an id, both keys read now: a cursor that does not
     * read is a 400 naming {@code cursor} before anything is looked up; {@code null} for the first page.
     */
    static PageCursor timeAndId(String sent) {
        PageCursor after = PageCursor.read(sent, 2);
        if (after != null) {
            after.instant(0);
            after.uuid(1);
        }
        return after;
    }

    /** The values of {@code type} named in {@code field} (repeatable), or null when none is: no filter. */
    static <E extends Enum<E>> List<E> oneOf(String field, Class<E> type, List<String> named) {
        if (named == null || named.isEmpty()) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (String name : named) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw RequestRejectedException.notOneOf(field, type.getEnumConstants());
            }
        }
        return values;
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
}
