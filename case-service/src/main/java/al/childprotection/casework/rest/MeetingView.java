package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A meeting on a case: who took part, what was decided (each decision with the task it became, if any). */
public record MeetingView(UUID id, UUID caseId, Instant heldAt, @JsonRawValue String participants,
        @JsonRawValue String decisions, String recordedBy, Instant recordedAt) {
}
