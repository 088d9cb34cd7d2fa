package al.childprotection.shelter.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import al.childprotection.shelter.domain.Shelter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ShelterRepository implements PanacheRepositoryBase<Shelter, String> {

    public Uni<List<Shelter>> listByName() {
        return listAll(Sort.by("name"));
    }

    /** In the order a full shelter passes a request on. */
    public Uni<List<Shelter>> listInPassOnOrder() {
        return listAll(Sort.by("passOnOrder").and("code"));
    }

    /** The shelter, locked until the transaction ends: one admission or discharge at a time changes its beds. */
    public Uni<Shelter> lock(String code) {
        return findById(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
