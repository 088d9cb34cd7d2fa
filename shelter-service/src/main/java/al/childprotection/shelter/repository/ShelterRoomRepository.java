package al.childprotection.shelter.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.ShelterRoom;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ShelterRoomRepository implements PanacheRepositoryBase<ShelterRoom, Long> {

    public Uni<List<ShelterRoom>> all() {
        return listAll(Sort.by("shelterCode").and("room"));
    }

    public Uni<List<ShelterRoom>> of(String shelterCode) {
        return list("shelterCode", Sort.by("room"), shelterCode);
    }
}
