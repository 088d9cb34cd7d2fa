package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ChildMatch;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ChildMatchRepository implements PanacheRepositoryBase<ChildMatch, UUID> {

    public Uni<List<ChildMatch>> inMunicipality(String municipality, ChildMatch.Status status, int limit) {
        return find("municipality = ?1 and status = ?2", Sort.ascending("proposedAt"), municipality, status)
                .page(0, limit).list();
    }

    public Uni<ChildMatch> findFor(UUID childId, UUID candidateId) {
        return find("childId = ?1 and candidateId = ?2", childId, candidateId).firstResult();
    }
}
