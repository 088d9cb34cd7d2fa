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
        return find("municipality = ?1 and administrativeUnit is null and active = true", Sort.by("code"), municipality)
                .firstResult();
    }

    /** How many other active municipal CPUs the municipality has besides {@code code}. */
    public Uni<Long> otherActiveMunicipalUnits(String municipality, String code) {
        return count("municipality = ?1 and administrativeUnit is null and active = true and code <> ?2", municipality,
                code);
    }

    /** Serializes directory edits of one municipality: held until the transaction ends. */
    public Uni<Void> lockMunicipality(String municipality) {
        return getSession().chain(session -> session
                .createNativeQuery("select name from municipality where name = :name for update", String.class)
                .setParameter("name", municipality)
                .getResultList())
                .replaceWithVoid();
    }

    public Uni<List<ChildProtectionUnit>> listByMunicipality(String municipality) {
        return municipality == null
                ? listAll(Sort.by("municipality", "code"))
                : list("municipality", Sort.by("code"), municipality);
    }
}
