package al.childprotection.shelter.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.ShelterRoom;
import al.childprotection.shelter.repository.ShelterRepository;
import al.childprotection.shelter.repository.ShelterQuery;
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

    /** One page of the shelters the directory knows ({@code fetch} rows after the cursor), with their rooms. */
    @WithSession
    public Uni<List<ShelterBeds>> page(ShelterQuery query, PageCursor after, int fetch) {
        return shelters.page(query, after, fetch).chain(this::withRooms);
    }

    /** A shelter of the directory with its rooms; null when the directory does not know it. */
    @WithSession
    public Uni<ShelterBeds> find(String code) {
        return shelters.findById(code).chain(shelter -> shelter == null || !shelter.knownToTheDirectory()
                ? Uni.createFrom().nullItem()
                : rooms.of(code).map(own -> new ShelterBeds(shelter, own)));
    }

    /**
     * Every shelter that takes placements (known to the directory, active, its rooms set up), in the order a full
     * shelter passes a request on. Inside a session.
     */
    Uni<List<ShelterBeds>> inPassOnOrder() {
        // a shelter whose rooms are not set up here yet takes nobody: it is not in line
        return shelters.listInPassOnOrder().chain(this::withRooms)
                .map(line -> line.stream().filter(beds -> !beds.rooms().isEmpty()).toList());
    }

    /** The shelter of that code, whether or not the directory knows it (null: none). Inside a session. */
    Uni<Shelter> any(String code) {
        return shelters.findById(code);
    }

    private Uni<List<ShelterBeds>> withRooms(List<Shelter> list) {
        return rooms.all().map(all -> {
            Map<String, List<ShelterRoom>> byShelter = all.stream()
                    .collect(Collectors.groupingBy(r -> r.shelterCode));
            return list.stream().map(s -> new ShelterBeds(s, byShelter.getOrDefault(s.code, List.of()))).toList();
        });
    }
}
