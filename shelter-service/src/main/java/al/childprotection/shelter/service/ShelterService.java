package al.childprotection.shelter.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.ShelterRoom;
import al.childprotection.shelter.repository.ShelterRepository;
import al.childprotection.shelter.repository.ShelterRoomRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ShelterService {

    private final ShelterRepository shelters;
    private final ShelterRoomRepository rooms;

    ShelterService(ShelterRepository shelters, ShelterRoomRepository rooms) {
        this.shelters = shelters;
        this.rooms = rooms;
    }

    @WithSession
    public Uni<List<ShelterBeds>> list() {
        return shelters.listByName().chain(list -> withRooms(list));
    }

    @WithSession
    public Uni<ShelterBeds> find(String code) {
        return shelters.findById(code).chain(shelter -> shelter == null
                ? Uni.createFrom().nullItem()
                : rooms.of(code).map(own -> new ShelterBeds(shelter, own)));
    }

    /** Every shelter with its rooms, in the order a full shelter passes a request on. Inside a session. */
    Uni<List<ShelterBeds>> inPassOnOrder() {
        return shelters.listInPassOnOrder().chain(this::withRooms);
    }

    private Uni<List<ShelterBeds>> withRooms(List<Shelter> list) {
        return rooms.all().map(all -> {
            Map<String, List<ShelterRoom>> byShelter = all.stream()
                    .collect(Collectors.groupingBy(r -> r.shelterCode));
            return list.stream().map(s -> new ShelterBeds(s, byShelter.getOrDefault(s.code, List.of()))).toList();
        });
    }
}
