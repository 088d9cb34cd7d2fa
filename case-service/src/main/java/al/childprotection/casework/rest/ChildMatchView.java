package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.matching.ChildMatcher;
import al.childprotection.contracts.Sex;

/** A proposal that two records are one child, side by side for the worker who decides. */
public record ChildMatchView(
        UUID id,
        ChildMatch.Status status,
        ChildMatcher.Certainty certainty,
        List<String> reasons,
        String municipality,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        Record child,
        Record candidate) {

    public record Record(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedAge,
            Sex sex, String motherName, String fatherName, Instant recordedAt) {
    }
}
