package al.childprotection.shelter.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.Placement.Destination;

/** The bodies of placement requests and of the steps of a stay. */
public final class PlacementBodies {

    private PlacementBodies() {
    }

    /**
     * An emergency placement request. {@code children}: 1 for a child alone (may be left out), how many come with
     * their mother otherwise. {@code shelterCode}: the shelter asked for, or none for the first in line.
     * {@code municipality}: the child's, given by a police team; a CPU's own is taken from the token.
     */
    public record NewRequest(
            @NotNull BedKind kind,
            Integer children,
            @Size(max = 80) String shelterCode,
            UUID referralId,
            UUID caseId,
            @Size(max = 80) String municipality) {
    }

    /** A longer emergency stay, until {@code stayEndsAt}, and why. */
    public record Extension(@NotNull Instant stayEndsAt, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Discharge(@NotNull Destination destination) {
    }
}
