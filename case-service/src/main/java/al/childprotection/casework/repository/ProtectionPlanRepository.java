package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ProtectionPlan;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProtectionPlanRepository implements PanacheRepositoryBase<ProtectionPlan, UUID> {

    public Uni<List<ProtectionPlan>> ofCase(UUID caseId) {
        return find("caseId", Sort.ascending("submittedAt"), caseId).list();
    }
}
