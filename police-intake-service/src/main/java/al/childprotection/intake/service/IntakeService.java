package al.childprotection.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.exception.ConstraintViolationException;

import al.childprotection.contracts.EventType;
import al.childprotection.intake.domain.Intake;
import al.childprotection.intake.mapping.IntakeMapper;
import al.childprotection.intake.repository.IntakeQuery;
import al.childprotection.intake.repository.IntakeRepository;
import al.childprotection.intake.repository.PoliceStationRepository;
import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.Problem;
import al.childprotection.kit.problem.RequestRejectedException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IntakeService {

    /** The result of a record call: the intake, and whether it was an earlier request replayed. */
    public record Recorded(Intake intake, boolean replayed) {
    }

    private final IntakeRepository intakes;
    private final PoliceStationRepository stations;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final AuditTrail audit;

    IntakeService(IntakeRepository intakes, PoliceStationRepository stations, Outbox outbox, ObjectMapper mapper,
            AuditTrail audit) {
        this.intakes = intakes;
        this.stations = stations;
        this.outbox = outbox;
        this.mapper = mapper;
        this.audit = audit;
    }

    /**
     * Stores the intake, its {@code intake.recorded} event and its audit record in one transaction, once the rules
     * accept it. A retry
     * with the same Idempotency-Key returns the first intake; the same key with a different body is a conflict.
     */
    @WithTransaction
    public Uni<Recorded> record(IntakeRequest request, String stationCode, String recordedBy, String idempotencyKey) {
        List<Problem.FieldError> unacceptable = IntakeRules.check(request, Instant.now());
        if (!unacceptable.isEmpty()) {
            return Uni.createFrom().failure(new UnacceptableIntakeException(unacceptable));
        }
        String fingerprint = fingerprint(request);
        Uni<Intake> earlier = idempotencyKey == null
                ? Uni.createFrom().nullItem()
                : intakes.findByIdempotencyKey(stationCode, idempotencyKey);
        return earlier.chain(previous -> {
            if (previous != null) {
                if (!previous.requestFingerprint.equals(fingerprint)) {
                    throw keyUsedForAnotherIntake();
                }
                return audit.record("intake.replayed", IntakeMapper.audited(previous))
                        .replaceWith(new Recorded(previous, true));
            }
            return stations.findById(stationCode)
                    .invoke(station -> StationDirectory.requireRecordingStation(station, stationCode))
                    .chain(station -> {
                        Intake intake = IntakeMapper.toIntake(request, station, recordedBy);
                        intake.idempotencyKey = idempotencyKey;
                        intake.requestFingerprint = fingerprint;
                        return intakes.persist(intake)
                                .call(() -> outbox.append(EventType.INTAKE_RECORDED, intake.id,
                                        IntakeMapper.toRecorded(intake), intake.id.toString()))
                                .call(() -> audit.record("intake.recorded", IntakeMapper.audited(intake)))
                                .map(stored -> new Recorded(stored, false));
                    });
        });
    }

    /**
     * Two retries of one request that arrive together both pass the lookup; the database's unique key lets one
     * commit, and the other then answers with the intake that won.
     */
    public Uni<Recorded> recordOnce(IntakeRequest request, String stationCode, String recordedBy,
            String idempotencyKey) {
        // explicit transaction and session: a call within the same bean must not depend on interception
        return Panache.withTransaction(() -> record(request, stationCode, recordedBy, idempotencyKey))
                .onFailure(IntakeService::isIdempotencyRace)
                .recoverWithUni(() -> Panache.withSession(() -> replay(request, stationCode, idempotencyKey)));
    }

    private Uni<Recorded> replay(IntakeRequest request, String stationCode, String idempotencyKey) {
        return intakes.findByIdempotencyKey(stationCode, idempotencyKey).chain(previous -> {
            if (!previous.requestFingerprint.equals(fingerprint(request))) {
                throw keyUsedForAnotherIntake();
            }
            return audit.record("intake.replayed", IntakeMapper.audited(previous))
                    .replaceWith(new Recorded(previous, true));
        });
    }

    /** 409, not 422: the body may be fine, it is the key that already stands for another intake. */
    private static RequestRejectedException keyUsedForAnotherIntake() {
        return new RequestRejectedException(409, "Conflict", "Idempotency-Key",
                "this Idempotency-Key was used for a different intake");
    }

    private static boolean isIdempotencyRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && "intake_idempotency".equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /** An intake of the caller's station, its reading audited; another station's is out of scope. */
    @WithSession
    public Uni<Intake> read(UUID id, String stationCode) {
        return intakes.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("intake " + id))
                .invoke(intake -> {
                    if (!intake.stationCode.equals(stationCode)) {
                        throw RequestRejectedException.outOfScope("intake " + id);
                    }
                })
                .call(intake -> audit.record("intake.read", IntakeMapper.audited(intake)));
    }

    /**
     * One page of the station's intakes {@code query} asks for ({@code limit} of them, read with one more that only
     * tells whether a next page follows). Each intake shown is a child's record read, and audited as such.
     */
    @WithSession
    public Uni<List<Intake>> page(IntakeQuery query, PageCursor after, int limit) {
        return intakes.page(query, after, Pages.fetchSize(limit))
                .call(rows -> audit.record("intake.listed", Pages.shown(rows, limit)
                        .stream().map(IntakeMapper::audited).toList()));
    }

    private String fingerprint(IntakeRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
