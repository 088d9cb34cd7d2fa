package al.childprotection.shelter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.Placement.Destination;
import al.childprotection.shelter.domain.Placement.Status;

public record PlacementView(
        UUID id,
        UUID requestId,
        String shelterCode,
        String room,
        BedKind kind,
        int beds,
        int children,
        String municipality,
        String cpuCode,
        UUID referralId,
        UUID caseId,
        Status status,
        Instant admittedAt,
        Instant stayEndsAt,
        List<Extension> extensions,
        Instant dischargedAt,
        Destination destination) {

    public record Extension(Instant previousEnd, Instant newEnd, String reason, String extendedBy,
            Instant extendedAt) {
    }
}
