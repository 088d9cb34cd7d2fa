package al.childprotection.shelter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One extension of an emergency stay beyond its clock, with the reason given. */
@Entity
@Table(name = "placement_extension")
public class StayExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "previous_end")
    public Instant previousEnd;

    @Column(name = "new_end")
    public Instant newEnd;

    public String reason;

    @Column(name = "extended_by")
    public String extendedBy;

    @Column(name = "extended_at")
    public Instant extendedAt;
}
