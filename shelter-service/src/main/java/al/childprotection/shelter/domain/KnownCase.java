package al.childprotection.shelter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case as this service knows it from {@code case.opened}: the CPU that holds it, and the referral it came from. */
@Entity
@Table(name = "known_case")
public class KnownCase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** Null for a case opened without a referral (deinstitutionalisation). */
    @Column(name = "referral_id")
    public UUID referralId;

    public String municipality;

    @Column(name = "cpu_code")
    public String cpuCode;

    @Column(name = "opened_at")
    public Instant openedAt;
}
