package al.childprotection.casework.matching;

import java.time.LocalDate;

import al.childprotection.contracts.Sex;

/**
 * What the matcher compares of a child. The date of birth is exact unless {@code dateOfBirthEstimated} (then it is
 * a best guess, e.g. from an estimated age); any of the personal number and the parents' names may be unknown.
 */
public record Particulars(
        String personalNumber,
        String givenName,
        String familyName,
        Sex sex,
        LocalDate dateOfBirth,
        boolean dateOfBirthEstimated,
        String motherName,
        String fatherName) {
}
