package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened about a child in one of its cases: who, what, when. Never changed once written. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "child_id")
    public UUID childId;

    /** What happened, e.g. CASE_OPENED, TASK_COMPLETED, CHILD_MERGED, CASE_CLOSED. */
    public String kind;

    public String actor;

    public String note;

    public Instant at;
}
