package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** A case was opened for a child at a Child Protection Unit. */
public record CaseOpened(
        UUID caseId,
        UUID childId,
        UUID referralId,
        String cpuCode,
        String municipality,
        Instant openedAt) {
}
