package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ProtectionPlan;
import al.childprotection.kit.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProtectionPlanRepository implements PanacheRepositoryBase<ProtectionPlan, UUID> {

    /** The cursor's keys: the last row's submission time and id. */
    public static final int CURSOR_KEYS = 2;

    /**
     * The case's plans in the {@code statuses} given (all when null), last submitted in [{@code from},
     * {@code before}) (each bound left out when null): the earliest submitted first, by submission time then id,
     * {@code fetch} of them after the cursor ({@code null}: from the first).
     */
    public Uni<List<ProtectionPlan>> page(UUID caseId, List<ProtectionPlan.Status> statuses, Instant from,
            Instant before, PageCursor after, int fetch) {
        StringBuilder where = new StringBuilder("caseId = :case");
        Parameters values = Parameters.with("case", caseId);
        if (statuses != null) {
            where.append(" and status in :statuses");
            values.and("statuses", statuses);
        }
        if (from != null) {
            where.append(" and submittedAt >= :from");
            values.and("from", from);
        }
        if (before != null) {
            where.append(" and submittedAt < :before");
            values.and("before", before);
        }
        if (after != null) {
            where.append(" and (submittedAt > :afterAt or (submittedAt = :afterAt and id > :afterId))");
            values.and("afterAt", after.instant(0)).and("afterId", after.uuid(1));
        }
        return find(where.toString(), Sort.ascending("submittedAt", "id"), values).page(0, fetch).list();
    }

    public static PageCursor cursorOf(ProtectionPlan plan) {
        return PageCursor.of(plan.submittedAt, plan.id);
    }
}
