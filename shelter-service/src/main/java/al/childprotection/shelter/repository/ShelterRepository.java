package al.childprotection.shelter.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.Shelter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ShelterRepository implements PanacheRepositoryBase<Shelter, String> {

    /** One page of the shelters {@code query} asks for: {@code fetch} rows after the cursor ({@code null}: first). */
    public Uni<List<Shelter>> page(ShelterQuery query, PageCursor after, int fetch) {
        Conditions where = new Conditions().always("directoryChangedAt is not null")
                .add(query.code(), "code = :code", "code")
                .add(query.municipality(), "municipality = :municipality", "municipality")
                .add(query.active(), "active = :active", "active")
                .after("name", "code", after == null ? null : after.text(0), after == null ? null : after.text(1),
                        true);
        return find(where.query(), Sort.ascending("name", "code"), where.values()).page(0, fetch).list();
    }

    /** The shelters that take placements (known to the directory, active), in the order a full one passes on. */
    public Uni<List<Shelter>> listInPassOnOrder() {
        return list("directoryChangedAt is not null and active = true", Sort.by("passOnOrder").and("code"));
    }

    /** The shelter, locked until the transaction ends: one admission or discharge at a time changes its beds. */
    public Uni<Shelter> lock(String code) {
        return findById(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
