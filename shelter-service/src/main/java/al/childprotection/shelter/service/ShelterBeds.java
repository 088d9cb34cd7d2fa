package al.childprotection.shelter.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.ShelterRoom;

/** A shelter with its rooms: its beds by kind, and where a request would sleep tonight. */
public record ShelterBeds(Shelter shelter, List<ShelterRoom> rooms) {

    public int capacity(BedKind kind) {
        return rooms.stream().filter(r -> r.kind == kind).mapToInt(r -> r.beds).sum();
    }

    public int occupied(BedKind kind) {
        return rooms.stream().filter(r -> r.kind == kind).mapToInt(r -> r.bedsOccupied).sum();
    }

    /**
     * The room for a child alone (the first with a free bed), or for a mother and her children (the smallest
     * free family room that holds them all, so that they stay together).
     */
    public Optional<ShelterRoom> roomFor(BedKind kind, int children) {
        return rooms.stream()
                .filter(r -> r.bedsFor(kind, children) > 0)
                .min(Comparator.<ShelterRoom>comparingInt(r -> kind == BedKind.MOTHER_WITH_CHILDREN ? r.beds : 0)
                        .thenComparing(r -> r.room));
    }

    /** Whether one of its rooms could take the request once empty: a family larger than every family room never can. */
    public boolean couldEverHold(BedKind kind, int children) {
        int beds = kind == BedKind.CHILD_ALONE ? 1 : 1 + children;
        return rooms.stream().anyMatch(r -> r.kind == kind && r.beds >= beds);
    }

    public boolean hasRoomFor(BedKind kind, int children) {
        return roomFor(kind, children).isPresent();
    }
}
