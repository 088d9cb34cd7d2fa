package al.childprotection.kit.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import al.childprotection.kit.problem.RequestRejectedException;

/**
 * Where the next page of a list starts: the sort keys of the last row a page showed (a due time and an id, say).
 * Opaque to the caller, who sends back what the {@code Link} header gave; keyset paging, so a row added or closed
 * while a caller pages through a list never makes another row appear twice or not at all.
 */
public record PageCursor(List<String> keys) {

    /** The query parameter that carries a cursor. */
    public static final String PARAMETER = "cursor";

    private static final String SEPARATOR = "\u001f";

    public static PageCursor of(Object... keys) {
        return new PageCursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    /** The cursor a caller sent, {@code null} for the first page; a value this platform did not write is a 400. */
    public static PageCursor read(String cursor, int keys) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(SEPARATOR, -1));
            if (values.size() != keys) {
                throw notACursor();
            }
            return new PageCursor(values);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    public String write() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    public String text(int index) {
        return keys.get(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(keys.get(index));
        } catch (DateTimeParseException e) {
            throw notACursor();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(keys.get(index));
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw notACursor();
        }
    }

    private static RequestRejectedException notACursor() {
        return RequestRejectedException.invalid(PARAMETER, "is not a cursor that this list gave; start again without it");
    }
}
