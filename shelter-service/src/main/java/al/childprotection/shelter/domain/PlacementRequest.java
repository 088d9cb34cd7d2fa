package al.childprotection.shelter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A child (or a mother with her children) who needs an emergency bed now. It waits at one shelter; a shelter
 * with no room passes it to the next, and when no shelter has room it is escalated, visible to staff and CPU.
 */
@Entity
@Table(name = "placement_request")
public class PlacementRequest {

    public enum Origin {
        CPU_WORKER, ROUTING, POLICE, CASE
    }

    public enum Status {
        WAITING, ESCALATED, ADMITTED,
        /** Its referral ended (redirected, revoked, rejected, closed, consent withdrawn): no decision any more. */
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public BedKind kind;

    public int children;

    @Column(name = "shelter_code")
    public String shelterCode;

    /** The shelters that had no room, in order, comma-separated. */
    @Column(name = "passed_on_from")
    public String passedOnFrom;

    public String municipality;

    @Column(name = "cpu_code")
    public String cpuCode;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "police_station")
    public String policeStation;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** Waiting at a shelter or escalated: a shelter may still admit it. */
    public boolean open() {
        return status == Status.WAITING || status == Status.ESCALATED;
    }

    public void withdraw(String reason, Instant at) {
        status = Status.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnAt = at;
        updatedAt = at;
    }

    public List<String> passedOn() {
        return passedOnFrom == null ? List.of() : Arrays.asList(passedOnFrom.split(","));
    }

    public void passOn(String from) {
        List<String> shelters = new ArrayList<>(passedOn());
        shelters.add(from);
        passedOnFrom = String.join(",", shelters);
    }
}
