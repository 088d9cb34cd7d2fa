package al.childprotection.referral.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a referral's timeline: who moved it from which status to which, and why. */
@Entity
@Table(name = "referral_step")
public class ReferralStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "referral_id")
    public UUID referralId;

    public Instant at;

    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Referral.Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public Referral.Status toStatus;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String note;

    public static ReferralStep of(Referral referral, Referral.Status from, String actor, String note, Instant at) {
        ReferralStep step = new ReferralStep();
        step.referralId = referral.id;
        step.at = at;
        step.actor = actor;
        step.fromStatus = from;
        step.toStatus = referral.status;
        step.cpuCode = referral.cpuCode;
        step.note = note;
        return step;
    }
}
