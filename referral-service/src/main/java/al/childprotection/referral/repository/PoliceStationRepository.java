package al.childprotection.referral.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.PoliceStation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PoliceStationRepository implements PanacheRepositoryBase<PoliceStation, String> {

    public Uni<List<PoliceStation>> listByMunicipality(String municipality) {
        return municipality == null
                ? listAll(Sort.by("municipality", "code"))
                : list("municipality", Sort.by("code"), municipality);
    }
}
