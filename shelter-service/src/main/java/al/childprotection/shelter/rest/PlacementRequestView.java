package al.childprotection.shelter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.PlacementRequest.Origin;
import al.childprotection.shelter.domain.PlacementRequest.Status;

public record PlacementRequestView(
        UUID id,
        Origin origin,
        Status status,
        BedKind kind,
        int children,
        String shelterCode,
        List<String> passedOnFrom,
        String municipality,
        String cpuCode,
        UUID referralId,
        UUID caseId,
        String policeStation,
        Instant requestedAt,
        Instant updatedAt,
        /** When its referral's ending withdrew it, and why; null while not withdrawn. */
        Instant withdrawnAt,
        String withdrawnReason) {
}
