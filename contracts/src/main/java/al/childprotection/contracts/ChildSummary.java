package al.childprotection.contracts;

import java.time.LocalDate;

/**
 * The least a receiving agency needs to identify the child: names as typed (Albanian letters kept),
 * date of birth or an estimated age, sex. No address, no free text.
 */
public record ChildSummary(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Integer estimatedAge,
        Sex sex) {
}
