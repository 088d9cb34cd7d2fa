package al.childprotection.shelter.repository;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.Shelter;

/**
 * Which shelters a list shows: those the directory knows, by name then code (a stable order). {@code code}: one
 * shelter only (its staff's); {@code municipality}, {@code active}: left out when null.
 */
public record ShelterQuery(String code, String municipality, Boolean active) {

    /** The cursor's keys: the last row's name and code. */
    public static final int CURSOR_KEYS = 2;

    public static PageCursor cursorOf(Shelter shelter) {
        return PageCursor.of(shelter.name, shelter.code);
    }
}
