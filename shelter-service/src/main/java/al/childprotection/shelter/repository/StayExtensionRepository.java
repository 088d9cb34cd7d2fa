package al.childprotection.shelter.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.StayExtension;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StayExtensionRepository implements PanacheRepositoryBase<StayExtension, Long> {

    public Uni<List<StayExtension>> of(UUID placementId) {
        return list("placementId", Sort.by("id"), placementId);
    }
}
