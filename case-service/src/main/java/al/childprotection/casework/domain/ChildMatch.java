package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.casework.matching.ChildMatcher.Certainty;

/**
 * The matcher's proposal that two child records are one child, and what a worker decided. Confirming merges
 * {@code childId} (the newer record) into {@code candidateId}; the row stays as the trail.
 */
@Entity
@Table(name = "child_match")
public class ChildMatch {

    public enum Status {
        PROPOSED, CONFIRMED, REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    /** Where the newer record's case is: a worker there decides. */
    public String municipality;

    @Enumerated(EnumType.STRING)
    public Certainty certainty;

    public String reasons;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
