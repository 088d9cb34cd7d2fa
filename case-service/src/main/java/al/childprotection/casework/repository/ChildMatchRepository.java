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

    /**
     * The municipality's proposals, and with {@code acrossToo} (a supervisor) the notices where it is one of two
     * municipalities.
     */
    public Uni<List<ChildMatch>> visibleTo(String municipality, boolean acrossToo, ChildMatch.Status status,
            int limit) {
        return find("""
                status = ?1 and ((scope = ?2 and lower(municipality) = lower(?3))
                  or (?4 = true and scope = ?5
                      and (lower(municipality) = lower(?3) or lower(candidateMunicipality) = lower(?3))))""",
                Sort.ascending("proposedAt"), status, ChildMatch.Scope.WITHIN_MUNICIPALITY, municipality, acrossToo,
                ChildMatch.Scope.ACROSS_MUNICIPALITIES).page(0, limit).list();
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
