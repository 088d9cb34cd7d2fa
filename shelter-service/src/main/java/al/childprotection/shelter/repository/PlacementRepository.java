package al.childprotection.shelter.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.domain.Placement.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /** One page of the stays {@code query} asks for: {@code fetch} rows after the cursor ({@code null}: first). */
    public Uni<List<Placement>> page(PlacementQuery query, PageCursor after, int fetch) {
        Conditions where = new Conditions()
                .add(query.shelterCode(), "shelterCode = :shelter", "shelter")
                .add(query.municipality(), "municipality = :municipality", "municipality")
                .add(query.statuses(), "status in :statuses", "statuses")
                .range("admittedAt", query.admittedFrom(), query.admittedBefore())
                .after("admittedAt", "id", after == null ? null : after.instant(0),
                        after == null ? null : after.uuid(1), false);
        return find(where.query(), Sort.descending("admittedAt", "id"), where.values()).page(0, fetch).list();
    }

    /**
     * Stays still in the shelter past their end whose end was not announced yet, the longest past first. An
     * announced stay leaves the query, so however many wait, the next look reaches the others.
     */
    public Uni<List<Placement>> overstayedUnannounced(Instant now, int limit) {
        return find("status = ?1 and stayEndsAt < ?2"
                + " and (overstayAnnouncedFor is null or overstayAnnouncedFor <> stayEndsAt)",
                Sort.ascending("stayEndsAt", "id"), Status.IN_SHELTER, now).page(0, limit).list();
    }
}
