package al.childprotection.shelter.service;

import java.util.UUID;

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.PlacementRequest.Origin;

/** What is asked for, by whom: checked already, ready to be placed in the line of shelters. */
public record PlacementNeed(
        Origin origin,
        BedKind kind,
        int children,
        String shelterCode,
        String municipality,
        String cpuCode,
        UUID referralId,
        UUID caseId,
        String policeStation,
        String requestedBy,
        String correlationId) {
}
