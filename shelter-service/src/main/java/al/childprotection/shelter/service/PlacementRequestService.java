package al.childprotection.shelter.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.PlacementRequest.Status;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.repository.KnownReferralRepository;
import al.childprotection.shelter.repository.PlacementRequestQuery;
import al.childprotection.shelter.repository.PlacementRequestRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Emergency placement requests: each goes to the shelter asked for (or the first in line); a shelter with no
 * room passes it to the next with room; when none has room it is escalated and stays visible to staff and CPU.
 * Every request, and every passing on, is a {@code placement.requested} event; an escalation is a
 * {@code placement.escalated} event too. Every reading and every change of a request is audited.
 */
@ApplicationScoped
public class PlacementRequestService {

    private static final Logger LOG = Logger.getLogger(PlacementRequestService.class);

    private final PlacementRequestRepository requests;
    private final ShelterService shelters;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final PlacementScope scope;
    private final KnownReferralRepository referrals;

    PlacementRequestService(PlacementRequestRepository requests, ShelterService shelters, Outbox outbox,
            AuditTrail audit, PlacementScope scope, KnownReferralRepository referrals) {
        this.requests = requests;
        this.shelters = shelters;
        this.outbox = outbox;
        this.audit = audit;
        this.scope = scope;
        this.referrals = referrals;
    }

    /** A person's request: the referral and case it names are checked against the caller before anything is stored. */
    @WithTransaction
    public Uni<PlacementRequest> request(PlacementNeed need) {
        return scope.check(need).chain(this::place);
    }

    /**
     * A request from another service's event: none is made when one for the same referral is still open and
     * stands for the child ({@link StandingRequest}), so the routing's and the case's requests for one child do not
     * take two beds, while a request that can never be admitted does not hold theirs back. Runs in the consumer's
     * transaction.
     */
    public Uni<PlacementRequest> requestOnce(PlacementNeed need) {
        if (need.referralId() == null) {
            return place(need);
        }
        return requests.openForReferral(need.referralId()).chain(open -> open.isEmpty() ? place(need)
                : referrals.findById(need.referralId()).chain(referral -> shelters.inPassOnOrder().chain(line -> {
                    PlacementRequest standing = StandingRequest.among(open, referral, line);
                    if (standing != null) {
                        LOG.infof("placement request %s is already open for referral %s", standing.id,
                                need.referralId());
                        return Uni.createFrom().item(standing);
                    }
                    LOG.infof("the %d open placement request(s) for referral %s can never be admitted; a new one is"
                            + " made", open.size(), need.referralId());
                    return place(need);
                })));
    }

    /**
     * The shelter has no room for it: the request goes to the next shelter with room, or is escalated. Audited in
     * the same transaction, naming the request as it stood.
     */
    @WithTransaction
    public Uni<PlacementRequest> passOn(UUID id, String staffShelter) {
        return requests.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("placement request " + id))
                .chain(request -> {
                    requireAt(request, staffShelter);
                    requireNotWithdrawn(request);
                    if (request.status != Status.WAITING) {
                        throw RequestRejectedException.conflict("placement request " + id + " is " + request.status
                                + "; only a waiting request can be passed on");
                    }
                    Uni<Void> audited = audit.record("placement-request.passed-on", PlacementMapper.audited(request));
                    return audited.chain(() -> shelters.inPassOnOrder()).chain(line -> {
                        Set<String> tried = new HashSet<>(request.passedOn());
                        tried.add(request.shelterCode);
                        ShelterLine.Outcome outcome = ShelterLine.forChildOf(request.municipality, line)
                                .place(request.shelterCode, request.kind, request.children, tried);
                        Instant now = StoredTime.now();
                        request.updatedAt = now;
                        if (outcome.escalated()) {
                            request.status = Status.ESCALATED;
                            return escalate(request, now);
                        }
                        request.passOn(request.shelterCode);
                        outcome.full().forEach(request::passOn);
                        request.shelterCode = outcome.taker();
                        return announce(request, now);
                    });
                });
    }

    /** A request its reader may see ({@code requireReadable} refuses it otherwise), the reading audited. */
    @WithSession
    public Uni<PlacementRequest> read(UUID id, Consumer<PlacementRequest> requireReadable) {
        return requests.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("placement request " + id))
                .invoke(requireReadable)
                .call(request -> audit.record("placement-request.read", PlacementMapper.audited(request)));
    }

    /**
     * One page of requests ({@code fetch} rows after the cursor); each request shown is a child's record read, and
     * audited as such (not the extra row that only tells a next page exists).
     */
    @WithSession
    public Uni<List<PlacementRequest>> page(PlacementRequestQuery query, PageCursor after, int fetch, int limit) {
        return requests.page(query, after, fetch)
                .call(listed -> audit.record("placement-request.listed",
                        listed.stream().limit(limit).map(PlacementMapper::audited).toList()));
    }

    private Uni<PlacementRequest> place(PlacementNeed need) {
        return shelters.inPassOnOrder().chain(line -> {
            if (need.shelterCode() != null
                    && line.stream().noneMatch(s -> s.shelter().code.equals(need.shelterCode()))) {
                // the line holds only the shelters that take placements: say why this one does not
                return shelters.any(need.shelterCode()).chain(shelter -> Uni.createFrom().<PlacementRequest>failure(
                        ShelterDirectory.notTakingPlacements(shelter, need.shelterCode(), 422, "shelterCode",
                                "has no rooms set up in the shelter service yet")));
            }
            if (line.isEmpty()) {
                // before the directory's first shelter arrives: an event goes to the dead-letter topic, to replay
                throw new RequestRejectedException(503, "Service Unavailable", null,
                        "no shelter of the directory takes placements yet; try again shortly");
            }
            ShelterLine shelterLine = ShelterLine.forChildOf(need.municipality(), line);
            ShelterLine.Outcome outcome = shelterLine.place(need.shelterCode(), need.kind(), need.children(),
                    Set.of());
            Instant now = StoredTime.now();
            PlacementRequest request = new PlacementRequest();
            request.id = UUID.randomUUID();
            request.origin = need.origin();
            request.kind = need.kind();
            request.children = need.children();
            request.municipality = need.municipality();
            request.cpuCode = need.cpuCode();
            request.referralId = need.referralId();
            request.caseId = need.caseId();
            request.policeStation = need.policeStation();
            request.requestedBy = need.requestedBy();
            request.correlationId = need.correlationId();
            request.requestedAt = now;
            request.updatedAt = now;
            if (outcome.escalated()) {
                // it stays with the shelter asked for (or the first in line), escalated, until a bed is free
                request.status = Status.ESCALATED;
                request.shelterCode = need.shelterCode() != null ? need.shelterCode() : shelterLine.first();
                outcome.full().stream().filter(code -> !code.equals(request.shelterCode)).forEach(request::passOn);
            } else {
                request.status = Status.WAITING;
                request.shelterCode = outcome.taker();
                outcome.full().forEach(request::passOn);
            }
            return audit.record("placement-request.created", PlacementMapper.audited(request))
                    .chain(() -> requests.persist(request)).chain(() -> announce(request, now))
                    .chain(() -> request.status == Status.ESCALATED ? escalate(request, now)
                            : Uni.createFrom().item(request));
        });
    }

    private Uni<PlacementRequest> escalate(PlacementRequest request, Instant at) {
        return outbox.append(EventType.PLACEMENT_ESCALATED, request.id, PlacementMapper.toEscalated(request, at),
                request.correlationId).replaceWith(request);
    }

    private Uni<PlacementRequest> announce(PlacementRequest request, Instant at) {
        return outbox.append(EventType.PLACEMENT_REQUESTED, request.id, PlacementMapper.toRequested(request, at),
                request.correlationId).replaceWith(request);
    }

    /** A withdrawn request takes no decision: 409, saying why it was withdrawn. */
    static void requireNotWithdrawn(PlacementRequest request) {
        if (request.status == Status.WITHDRAWN) {
            throw RequestRejectedException.conflict("placement request " + request.id + " was withdrawn at "
                    + request.withdrawnAt + ": " + request.withdrawnReason);
        }
    }

    static void requireAt(PlacementRequest request, String staffShelter) {
        if (!request.shelterCode.equals(staffShelter)) {
            throw RequestRejectedException.outOfScope("placement request " + request.id);
        }
    }
}
