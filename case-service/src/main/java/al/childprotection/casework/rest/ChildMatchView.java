package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.matching.ChildMatcher;
import al.childprotection.contracts.Sex;

/**
 * A proposal that two records are one child. Within a municipality both records side by side for the worker who
 * decides; across municipalities ({@code scope} ACROSS_MUNICIPALITIES) only the reader's own record in {@code child}
 * and the CPU to contact in {@code otherCpu}: never a particular of the other municipality's record.
 */
public record ChildMatchView(
        UUID id,
        ChildMatch.Scope scope,
        ChildMatch.Status status,
        ChildMatcher.Certainty certainty,
        List<String> reasons,
        String municipality,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        Record child,
        Record candidate,
        OtherCpu otherCpu,
        /** Across municipalities: the reader's supervisor who confirmed for their CPU, if one did. */
        String confirmedForYourCpuBy) {

    public record Record(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedAge,
            Sex sex, String motherName, String fatherName, Instant recordedAt) {
    }

    /** The CPU that may hold the same child: whom to contact, and whether its supervisor has confirmed. */
    public record OtherCpu(String municipality, String cpuCode, boolean confirmed) {
    }
}
