package al.childprotection.contracts;

import java.time.Instant;

/** The live capacity of a shelter's beds of one kind changed. */
public record PlacementCapacityChanged(
        String shelterCode,
        String bedKind,
        int capacity,
        int occupied,
        int available,
        Instant changedAt) {
}
