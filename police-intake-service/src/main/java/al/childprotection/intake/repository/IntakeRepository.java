package al.childprotection.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.intake.domain.Intake;
import al.childprotection.kit.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {

    public Uni<Intake> findByIdempotencyKey(String stationCode, String idempotencyKey) {
        return find("stationCode = ?1 and idempotencyKey = ?2", stationCode, idempotencyKey).firstResult();
    }

    public Uni<Intake> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResult();
    }

    /**
     * One page of the intakes {@code query} asks for, in its order: {@code fetch} rows after the cursor
     * ({@code null}: from the first).
     */
    public Uni<List<Intake>> page(IntakeQuery query, PageCursor after, int fetch) {
        StringBuilder where = new StringBuilder("stationCode = :station");
        Parameters values = Parameters.with("station", query.stationCode());
        if (query.referralStatuses() != null) {
            where.append(" and referralStatus in :statuses");
            values.and("statuses", query.referralStatuses());
        }
        if (query.contactFrom() != null) {
            where.append(" and contactAt >= :from");
            values.and("from", query.contactFrom());
        }
        if (query.contactBefore() != null) {
            where.append(" and contactAt < :before");
            values.and("before", query.contactBefore());
        }
        if (after != null) {
            where.append(" and (contactAt < :afterContact or (contactAt = :afterContact and id < :afterId))");
            values.and("afterContact", after.instant(0)).and("afterId", after.uuid(1));
        }
        return find(where.toString(), Sort.descending("contactAt", "id"), values).page(0, fetch).list();
    }
}
