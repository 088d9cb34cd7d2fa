package al.childprotection.shelter.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.PlacementRequest.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PlacementRequestRepository implements PanacheRepositoryBase<PlacementRequest, UUID> {

    /** Newest first; each filter applies only when given. */
    public Uni<List<PlacementRequest>> search(String shelterCode, String municipality, String policeStation,
            Status status, int limit) {
        return find("(:shelter is null or shelterCode = :shelter)"
                + " and (:municipality is null or municipality = :municipality)"
                + " and (:station is null or policeStation = :station)"
                + " and (:status is null or status = :status) order by requestedAt desc",
                Parameters.with("shelter", shelterCode).and("municipality", municipality).and("station", policeStation)
                        .and("status", status))
                .page(0, limit).list();
    }

    /** The open requests already made for this referral, oldest first: a second one could double a bed. */
    public Uni<List<PlacementRequest>> openForReferral(UUID referralId) {
        return list("referralId = ?1 and status <> ?2 order by requestedAt", referralId, Status.ADMITTED);
    }
}
