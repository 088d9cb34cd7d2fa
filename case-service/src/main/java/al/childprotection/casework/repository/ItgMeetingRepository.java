package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ItgMeeting;
import al.childprotection.kit.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ItgMeetingRepository implements PanacheRepositoryBase<ItgMeeting, UUID> {

    /** The cursor's keys: the last row's meeting time and id. */
    public static final int CURSOR_KEYS = 2;

    /**
     * The case's meetings held in [{@code from}, {@code before}) (each bound left out when null): the earliest held
     * first, by meeting time then id, {@code fetch} of them after the cursor ({@code null}: from the first). A
     * meeting is never changed once recorded, so the order is stable.
     */
    public Uni<List<ItgMeeting>> page(UUID caseId, Instant from, Instant before, PageCursor after, int fetch) {
        StringBuilder where = new StringBuilder("caseId = :case");
        Parameters values = Parameters.with("case", caseId);
        if (from != null) {
            where.append(" and heldAt >= :from");
            values.and("from", from);
        }
        if (before != null) {
            where.append(" and heldAt < :before");
            values.and("before", before);
        }
        if (after != null) {
            where.append(" and (heldAt > :afterAt or (heldAt = :afterAt and id > :afterId))");
            values.and("afterAt", after.instant(0)).and("afterId", after.uuid(1));
        }
        return find(where.toString(), Sort.ascending("heldAt", "id"), values).page(0, fetch).list();
    }

    public static PageCursor cursorOf(ItgMeeting meeting) {
        return PageCursor.of(meeting.heldAt, meeting.id);
    }
}
