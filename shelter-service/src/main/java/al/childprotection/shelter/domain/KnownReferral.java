package al.childprotection.shelter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A referral as this service knows it from {@code referral.events}: the CPU it is with now (a redirection moves
 * it) and the police station whose intake it comes from. No child data: only where the referral belongs.
 */
@Entity
@Table(name = "known_referral")
public class KnownReferral {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    public String municipality;

    @Column(name = "cpu_code")
    public String cpuCode;

    /** Null when the event that made it known did not say (published before the field existed). */
    @Column(name = "station_code")
    public String stationCode;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
