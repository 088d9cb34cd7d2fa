package al.childprotection.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervisor approved a child's Individual Protection Plan; its items became tasks. Counts and dates only,
 * never the child or the plan's text.
 */
public record PlanApproved(
        UUID planId,
        UUID caseId,
        UUID referralId,
        String cpuCode,
        String municipality,
        int items,
        LocalDate reviewDate,
        String approvedBy,
        Instant approvedAt) {
}
