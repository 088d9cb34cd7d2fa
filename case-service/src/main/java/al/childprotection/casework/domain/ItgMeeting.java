package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Intersectoral Technical Group meeting on a case: participants and decisions, kept as validated JSON. */
@Entity
@Table(name = "itg_meeting")
public class ItgMeeting {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "held_at")
    public Instant heldAt;

    /** JSON array of the agencies that took part. */
    public String participants;

    /** JSON array of the decisions, each with the id of the task it became when it names an agency and a due date. */
    public String decisions;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
