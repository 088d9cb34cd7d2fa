package al.childprotection.referral.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.ChildProtectionUnit;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The directory: municipalities, their aliases and their Child Protection Units. */
@ApplicationScoped
public class ChildProtectionUnitRepository implements PanacheRepositoryBase<ChildProtectionUnit, String> {

    /** The canonical municipality name for an alias already normalized by {@code PlaceNames}. */
    public Uni<Optional<String>> municipalityByAlias(String normalizedAlias) {
        return getSession().chain(session -> session
                .createNativeQuery("select municipality from municipality_alias where alias = :alias", String.class)
                .setParameter("alias", normalizedAlias)
                .getResultList())
                .map(rows -> rows.stream().findFirst());
    }

    public Uni<ChildProtectionUnit> unitByAlias(String normalizedAlias) {
        return getSession().chain(session -> session
                .createNativeQuery("select cpu_code from administrative_unit_alias where alias = :alias", String.class)
                .setParameter("alias", normalizedAlias)
                .getResultList())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().nullItem() : findById(rows.get(0)));
    }

    /** The CPU of the municipality itself (not of one of Tiranë's administrative units). */
    public Uni<ChildProtectionUnit> municipalUnit(String municipality) {
        return find("municipality = ?1 and administrativeUnit is null and active = true", municipality).firstResult();
    }

    public Uni<List<ChildProtectionUnit>> listByMunicipality(String municipality) {
        return municipality == null
                ? listAll(Sort.by("municipality", "code"))
                : list("municipality", Sort.by("code"), municipality);
    }
}
