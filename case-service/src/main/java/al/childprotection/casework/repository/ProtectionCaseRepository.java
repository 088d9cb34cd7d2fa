package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ProtectionCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProtectionCaseRepository implements PanacheRepositoryBase<ProtectionCase, UUID> {

    public Uni<ProtectionCase> findOpen(UUID childId, String cpuCode) {
        return find("childId = ?1 and cpuCode = ?2 and status = ?3", childId, cpuCode, ProtectionCase.Status.OPEN)
                .firstResult();
    }

    public Uni<List<ProtectionCase>> forChild(UUID childId) {
        return find("childId", Sort.ascending("openedAt"), childId).list();
    }

    /** Whether the child has a case (open or closed) in the municipality: then its workers may see the child. */
    public Uni<Boolean> existsFor(UUID childId, String municipality) {
        return count("childId = ?1 and lower(municipality) = lower(?2)", childId, municipality).map(n -> n > 0);
    }
}
