package al.childprotection.shelter.repository;

import java.time.Instant;
import java.util.List;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.PlacementRequest;

/**
 * Which placement requests a list shows, newest first by the time requested then id: a stable order, so a request
 * made while a caller pages through never makes another appear twice or not at all. Each condition is left out
 * when null.
 */
public record PlacementRequestQuery(String shelterCode, String municipality, String policeStation,
        List<PlacementRequest.Status> statuses, Instant requestedFrom, Instant requestedBefore) {

    /** The cursor's keys: the last row's request time and id. */
    public static final int CURSOR_KEYS = 2;

    public static PageCursor cursorOf(PlacementRequest request) {
        return PageCursor.of(request.requestedAt, request.id);
    }
}
