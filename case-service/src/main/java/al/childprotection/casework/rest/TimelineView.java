package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened about the child. Entries of the child's cases at other CPUs show what and when, not
 * the note: that stays with the CPU that wrote it.
 */
public record TimelineView(Instant at, String kind, String actor, String note, UUID caseId, String cpuCode) {
}
