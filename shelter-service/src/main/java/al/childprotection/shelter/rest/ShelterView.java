package al.childprotection.shelter.rest;

import java.time.Instant;

public record ShelterView(
        String code,
        String name,
        String municipality,
        String accepts,
        int bedsTotal,
        int bedsOccupied,
        int bedsFree,
        Instant updatedAt) {
}
