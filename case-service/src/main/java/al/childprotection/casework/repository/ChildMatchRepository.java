package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.kit.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

@ApplicationScoped
public class ChildMatchRepository implements PanacheRepositoryBase<ChildMatch, UUID> {

    /** The cursor's keys: the last row's proposal time and id. */
    public static final int CURSOR_KEYS = 2;

    /**
     * The municipality's proposals in {@code status}, and with {@code acrossToo} (a supervisor) the notices where it
     * is one of two municipalities, proposed in [{@code from}, {@code before}) (each bound left out when null): the
     * longest waiting first, by proposal time then id, {@code fetch} of them after the cursor ({@code null}: from the
     * first). A match's proposal time never changes, so the order is stable.
     */
    public Uni<List<ChildMatch>> page(String municipality, boolean acrossToo, ChildMatch.Status status, Instant from,
            Instant before, PageCursor after, int fetch) {
        StringBuilder where = new StringBuilder("""
                status = :status and ((scope = :within and lower(municipality) = lower(:municipality))
                  or (:acrossToo = true and scope = :across
                      and (lower(municipality) = lower(:municipality)
                           or lower(candidateMunicipality) = lower(:municipality))))""");
        Parameters values = Parameters.with("status", status).and("within", ChildMatch.Scope.WITHIN_MUNICIPALITY)
                .and("municipality", municipality).and("acrossToo", acrossToo)
                .and("across", ChildMatch.Scope.ACROSS_MUNICIPALITIES);
        if (from != null) {
            where.append(" and proposedAt >= :from");
            values.and("from", from);
        }
        if (before != null) {
            where.append(" and proposedAt < :before");
            values.and("before", before);
        }
        if (after != null) {
            where.append(" and (proposedAt > :afterAt or (proposedAt = :afterAt and id > :afterId))");
            values.and("afterAt", after.instant(0)).and("afterId", after.uuid(1));
        }
        return find(where.toString(), Sort.ascending("proposedAt", "id"), values).page(0, fetch).list();
    }

    public static PageCursor cursorOf(ChildMatch match) {
        return PageCursor.of(match.proposedAt, match.id);
    }

    public Uni<ChildMatch> findFor(UUID childId, UUID candidateId) {
        return find("childId = ?1 and candidateId = ?2", childId, candidateId).firstResult();
    }

    /** A match between the two records, whichever was the newer. */
    public Uni<ChildMatch> between(UUID one, UUID other) {
        return find("(childId = ?1 and candidateId = ?2) or (childId = ?2 and candidateId = ?1)", one, other)
                .firstResult();
    }
}
