package al.childprotection.intake.service;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.intake.domain.Intake;
import al.childprotection.intake.domain.ReferralStatus;
import al.childprotection.intake.repository.IntakeRepository;
import io.smallrye.mutiny.Uni;

/**
 * Keeps on each intake the state of the referral it led to, from referral-service's events. Runs in the consuming
 * transaction of the IdempotentConsumer, so a redelivered event changes nothing. One referral's events share a
 * Kafka key and arrive in order, so each event simply overwrites what the previous one said.
 */
@ApplicationScoped
public class ReferralTracking {

    private static final Logger LOG = Logger.getLogger(ReferralTracking.class);

    private final IntakeRepository intakes;

    ReferralTracking(IntakeRepository intakes) {
        this.intakes = intakes;
    }

    /**
     * The first referral of an intake is the one to the responsible CPU; a later one for the same intake (the NRM
     * for a suspected trafficking victim) does not replace it on the station's list.
     */
    public Uni<Void> created(UUID intakeId, UUID referralId, String cpuCode) {
        requireReferral(referralId);
        if (intakeId == null) {
            throw new IllegalArgumentException("referral.created without an intakeId"); // not worth retrying
        }
        return intakes.findById(intakeId).invoke(intake -> {
            if (intake == null) {
                LOG.debugf("referral %s is for intake %s, which is not recorded here", referralId, intakeId);
            } else if (intake.referralId == null) {
                intake.referralId = referralId;
                intake.referralCpuCode = cpuCode;
                intake.referralStatus = ReferralStatus.CREATED;
            }
        }).replaceWithVoid();
    }

    public Uni<Void> moved(UUID referralId, ReferralStatus status) {
        return change(referralId, intake -> {
            intake.referralStatus = status;
            if (status == ReferralStatus.ACKNOWLEDGED) {
                intake.referralOverdue = false;
            }
        });
    }

    public Uni<Void> redirected(UUID referralId, String toCpuCode) {
        return change(referralId, intake -> {
            intake.referralStatus = ReferralStatus.REDIRECTED;
            intake.referralCpuCode = toCpuCode;
        });
    }

    public Uni<Void> escalated(UUID referralId) {
        return change(referralId, intake -> intake.referralOverdue = true);
    }

    /** A referral this service never linked to an intake (another referral of it, or another system's) is ignored. */
    private Uni<Void> change(UUID referralId, Consumer<Intake> change) {
        requireReferral(referralId);
        return intakes.findByReferral(referralId).invoke(intake -> {
            if (intake != null) {
                change.accept(intake);
            }
        }).replaceWithVoid();
    }

    /** An event that names no referral can never apply: it goes to the dead-letter topic, not round the retries. */
    private static void requireReferral(UUID referralId) {
        if (referralId == null) {
            throw new IllegalArgumentException("referral event without a referralId");
        }
    }
}
