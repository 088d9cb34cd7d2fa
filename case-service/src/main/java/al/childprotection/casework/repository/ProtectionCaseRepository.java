package al.childprotection.casework.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ProtectionCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProtectionCaseRepository implements PanacheRepositoryBase<ProtectionCase, UUID> {

    public Uni<ProtectionCase> findOpen(UUID childId, String cpuCode) {
        return find("childId = ?1 and cpuCode = ?2 and status = ?3", childId, cpuCode, ProtectionCase.Status.OPEN)
                .firstResult();
    }
}
