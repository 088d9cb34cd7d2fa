package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import al.childprotection.casework.domain.CaseRecord;

/** A record on a case, with its content as filled in (stored validated JSON, passed through as it is). */
public record CaseRecordView(UUID id, UUID caseId, CaseRecord.Kind kind, String recordedBy, Instant recordedAt,
        @JsonRawValue String content) {
}
