package al.childprotection.intake.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import al.childprotection.contracts.EventType;
import al.childprotection.intake.domain.Intake;
import al.childprotection.intake.mapping.IntakeMapper;
import al.childprotection.intake.repository.IntakeRepository;
import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.audit.AuditedRecord;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.problem.Problem;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.time.StoredTime;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A team corrects an intake of its own station: the corrected data replace the recorded data, under the same rules,
 * and {@code intake.corrected} tells the referral and the case. A correction that changes nothing is no correction.
 */
@ApplicationScoped
public class IntakeCorrections {

    private final IntakeRepository intakes;
    private final Outbox outbox;
    private final AuditTrail audit;

    IntakeCorrections(IntakeRepository intakes, Outbox outbox, AuditTrail audit) {
        this.intakes = intakes;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * The intake as it now stands. The row is locked until commit, so corrections arriving together apply one
     * after the other and each event describes the intake as that correction left it. The audit record names the
     * intake as it stood before; a correction that changes nothing is audited as a read.
     */
    @WithTransaction
    public Uni<Intake> correct(UUID id, IntakeRequest request, String stationCode, String correctedBy) {
        List<Problem.FieldError> unacceptable = IntakeRules.check(request, Instant.now());
        if (!unacceptable.isEmpty()) {
            return Uni.createFrom().failure(new UnacceptableIntakeException(unacceptable));
        }
        return intakes.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("intake " + id))
                .chain(intake -> {
                    if (!intake.stationCode.equals(stationCode)) {
                        throw RequestRejectedException.outOfScope("intake " + id);
                    }
                    AuditedRecord before = IntakeMapper.audited(intake);
                    if (!changes(intake, request)) {
                        return audit.record("intake.read", before).replaceWith(intake);
                    }
                    IntakeMapper.fill(intake, request);
                    intake.correctedBy = correctedBy;
                    intake.correctedAt = StoredTime.now(); // as the database keeps it
                    return outbox.append(EventType.INTAKE_CORRECTED, intake.id, IntakeMapper.toCorrected(intake),
                            intake.id.toString())
                            .chain(() -> audit.record("intake.corrected", before))
                            .replaceWith(intake);
                });
    }

    /** Compared as stored, so a name typed with a trailing space or situations in another order are no change. */
    private static boolean changes(Intake intake, IntakeRequest request) {
        Intake corrected = new Intake();
        IntakeMapper.fill(corrected, request);
        return !IntakeMapper.recordedData(corrected).equals(IntakeMapper.recordedData(intake));
    }
}
