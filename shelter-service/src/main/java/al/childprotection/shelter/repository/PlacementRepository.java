package al.childprotection.shelter.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.domain.Placement.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /** Newest first; each filter applies only when given. */
    public Uni<List<Placement>> search(String shelterCode, String municipality, Status status, int limit) {
        return find("(:shelter is null or shelterCode = :shelter)"
                + " and (:municipality is null or municipality = :municipality)"
                + " and (:status is null or status = :status) order by admittedAt desc",
                Parameters.with("shelter", shelterCode).and("municipality", municipality).and("status", status))
                .page(0, limit).list();
    }
}
