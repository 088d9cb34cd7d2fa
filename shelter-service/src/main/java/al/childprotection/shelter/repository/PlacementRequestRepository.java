package al.childprotection.shelter.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.PlacementRequest.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PlacementRequestRepository implements PanacheRepositoryBase<PlacementRequest, UUID> {

    private static final List<Status> OPEN = List.of(Status.WAITING, Status.ESCALATED);

    /** One page of the requests {@code query} asks for: {@code fetch} rows after the cursor ({@code null}: first). */
    public Uni<List<PlacementRequest>> page(PlacementRequestQuery query, PageCursor after, int fetch) {
        Conditions where = new Conditions()
                .add(query.shelterCode(), "shelterCode = :shelter", "shelter")
                .add(query.municipality(), "municipality = :municipality", "municipality")
                .add(query.policeStation(), "policeStation = :station", "station")
                .add(query.statuses(), "status in :statuses", "statuses")
                .range("requestedAt", query.requestedFrom(), query.requestedBefore())
                .after("requestedAt", "id", after == null ? null : after.instant(0),
                        after == null ? null : after.uuid(1), false);
        return find(where.query(), Sort.descending("requestedAt", "id"), where.values()).page(0, fetch).list();
    }

    /** The open requests already made for this referral, oldest first: a second one could double a bed. */
    public Uni<List<PlacementRequest>> openForReferral(UUID referralId) {
        return list("referralId = ?1 and status in ?2 order by requestedAt, id", referralId, OPEN);
    }
}
