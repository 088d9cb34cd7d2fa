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
 * The matcher's proposal that two child records are one child, and what was decided. Within a municipality a worker
 * confirms, which merges {@code childId} (the newer record) into {@code candidateId}. Across municipalities it is a
 * notice to both CPUs' supervisors: it links the two records once both confirm, and never merges them. The row
 * stays as the trail.
 */
@Entity
@Table(name = "child_match")
public class ChildMatch {

    public enum Status {
        PROPOSED, CONFIRMED, REJECTED
    }

    public enum Scope {
        WITHIN_MUNICIPALITY, ACROSS_MUNICIPALITIES
    }

    @Id
    public UUID id;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    /** The newer record's municipality: within it, a worker there decides. */
    public String municipality;

    /** The older record's municipality: the same one within a municipality, the other CPU's across. */
    @Column(name = "candidate_municipality")
    public String candidateMunicipality;

    /** Across municipalities: the supervisor of the newer record's municipality who confirmed, if one did. */
    @Column(name = "child_side_confirmed_by")
    public String childSideConfirmedBy;

    /** Across municipalities: the supervisor of the older record's municipality who confirmed, if one did. */
    @Column(name = "candidate_side_confirmed_by")
    public String candidateSideConfirmedBy;

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

    public boolean across() {
        return scope == Scope.ACROSS_MUNICIPALITIES;
    }

    /** Whether the caller's municipality is one side of the match. */
    public boolean concerns(String municipality) {
        return this.municipality.equalsIgnoreCase(municipality)
                || candidateMunicipality != null && candidateMunicipality.equalsIgnoreCase(municipality);
    }
}
