package al.childprotection.referral.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.domain.PartnerAgency;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.referral.repository.PartnerAgencyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DirectoryService {

    private final ChildProtectionUnitRepository directory;
    private final PartnerAgencyRepository agencies;

    DirectoryService(ChildProtectionUnitRepository directory, PartnerAgencyRepository agencies) {
        this.directory = directory;
        this.agencies = agencies;
    }

    @WithSession
    public Uni<ChildProtectionUnit> unit(String code) {
        return directory.findById(code);
    }

    @WithSession
    public Uni<List<PartnerAgency>> partnerAgencies() {
        return agencies.listAll(Sort.by("code"));
    }

    @WithSession
    public Uni<List<ChildProtectionUnit>> units(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return directory.listByMunicipality(null);
        }
        return municipalityNamed(municipality).chain(directory::listByMunicipality);
    }

    /** The canonical name of a municipality given as a query parameter; an unknown one is the caller's error. */
    Uni<String> municipalityNamed(String typed) {
        return directory.municipalityByAlias(PlaceNames.normalize(typed))
                .map(found -> found.orElseThrow(() -> RequestRejectedException.invalid("municipality",
                        "must be one of Albania's 61 municipalities")));
    }
}
