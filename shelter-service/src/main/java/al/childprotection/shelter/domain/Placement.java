package al.childprotection.shelter.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stay at a shelter, from admission (the emergency-stay clock starts) to discharge (the destination is
 * recorded; case-service makes the reintegration follow-up of it, with its own deadline).
 */
@Entity
@Table(name = "placement")
public class Placement {

    public enum Status {
        IN_SHELTER, DISCHARGED
    }

    public enum Destination {
        FAMILY_REUNIFICATION, FOSTER_CARE, OTHER_SERVICE
    }

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "shelter_code")
    public String shelterCode;

    @Column(name = "room_id")
    public Long roomId;

    /** The room's name in its shelter, e.g. F2. */
    public String room;

    @Enumerated(EnumType.STRING)
    public BedKind kind;

    public int beds;

    public int children;

    public String municipality;

    @Column(name = "cpu_code")
    public String cpuCode;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "admitted_by")
    public String admittedBy;

    @Column(name = "admitted_at")
    public Instant admittedAt;

    @Column(name = "stay_ends_at")
    public Instant stayEndsAt;

    @Column(name = "discharged_by")
    public String dischargedBy;

    @Column(name = "discharged_at")
    public Instant dischargedAt;

    @Enumerated(EnumType.STRING)
    public Destination destination;

    /** The stay end the overstay clock last announced; a later end (an extension) may be announced again. */
    @Column(name = "overstay_announced_for")
    public Instant overstayAnnouncedFor;

    @Column(name = "correlation_id")
    public String correlationId;

    public Duration stayLength() {
        return Duration.between(admittedAt, stayEndsAt);
    }
}
