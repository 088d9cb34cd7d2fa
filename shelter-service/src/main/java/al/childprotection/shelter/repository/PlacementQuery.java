package al.childprotection.shelter.repository;

import java.time.Instant;
import java.util.List;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.Placement;

/**
 * Which stays a list shows, newest first by admission time then id: a stable order, so an admission while a caller
 * pages through never makes another stay appear twice or not at all. Each condition is left out when null.
 */
public record PlacementQuery(String shelterCode, String municipality, List<Placement.Status> statuses,
        Instant admittedFrom, Instant admittedBefore) {

    /** The cursor's keys: the last row's admission time and id. */
    public static final int CURSOR_KEYS = 2;

    public static PageCursor cursorOf(Placement placement) {
        return PageCursor.of(placement.admittedAt, placement.id);
    }
}
