package al.childprotection.shelter.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.Shelter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ShelterRepository implements PanacheRepositoryBase<Shelter, String> {

    public Uni<List<Shelter>> listByName() {
        return listAll(Sort.by("name"));
    }
}
