package al.childprotection.referral.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DirectoryService {

    private final ChildProtectionUnitRepository directory;

    DirectoryService(ChildProtectionUnitRepository directory) {
        this.directory = directory;
    }

    @WithSession
    public Uni<List<ChildProtectionUnit>> units(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return directory.listByMunicipality(null);
        }
        return directory.municipalityByAlias(PlaceNames.normalize(municipality))
                .map(found -> found.orElseThrow(() -> RequestRejectedException.invalid("municipality",
                        "'" + municipality + "' is not one of Albania's 61 municipalities")))
                .chain(directory::listByMunicipality);
    }
}
