package al.childprotection.casework.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.contracts.Sex;

/** A child's record; {@code mergedInto} names the record that carries on once two were found to be one child. */
public record ChildView(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Integer estimatedAge,
        Sex sex,
        String personalNumber,
        String motherName,
        String fatherName,
        UUID mergedInto,
        List<CaseRef> cases) {

    public record CaseRef(UUID id, String cpuCode, String municipality, ProtectionCase.Status status) {
    }
}
