package al.childprotection.shelter.rest;

import java.time.Instant;
import java.util.List;

import al.childprotection.shelter.domain.BedKind;

/** A shelter: who it is (code, name, municipality, active) is the directory's; its beds are this service's. */
public record ShelterView(
        String code,
        String name,
        String municipality,
        boolean active,
        String accepts,
        int bedsTotal,
        int bedsOccupied,
        int bedsFree,
        Instant updatedAt,
        List<Beds> beds) {

    /** The beds of one kind; a family room counts as occupied whole while one family is in it. */
    public record Beds(BedKind kind, int capacity, int occupied, int available) {
    }
}
