package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.CaseRecord;
import al.childprotection.kit.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CaseRecordRepository implements PanacheRepositoryBase<CaseRecord, UUID> {

    /** The cursor's keys: the last row's recording time and id. */
    public static final int CURSOR_KEYS = 2;

    /**
     * The case's records of the {@code kinds} given (all when null), recorded in [{@code from}, {@code before})
     * (each bound left out when null): oldest first, by recording time then id, {@code fetch} of them after the
     * cursor ({@code null}: from the first). Records are never changed, so the order is stable.
     */
    public Uni<List<CaseRecord>> page(UUID caseId, List<CaseRecord.Kind> kinds, Instant from, Instant before,
            PageCursor after, int fetch) {
        StringBuilder where = new StringBuilder("caseId = :case");
        Parameters values = Parameters.with("case", caseId);
        if (kinds != null) {
            where.append(" and kind in :kinds");
            values.and("kinds", kinds);
        }
        if (from != null) {
            where.append(" and recordedAt >= :from");
            values.and("from", from);
        }
        if (before != null) {
            where.append(" and recordedAt < :before");
            values.and("before", before);
        }
        if (after != null) {
            where.append(" and (recordedAt > :afterAt or (recordedAt = :afterAt and id > :afterId))");
            values.and("afterAt", after.instant(0)).and("afterId", after.uuid(1));
        }
        return find(where.toString(), Sort.ascending("recordedAt", "id"), values).page(0, fetch).list();
    }

    public static PageCursor cursorOf(CaseRecord record) {
        return PageCursor.of(record.recordedAt, record.id);
    }
}
