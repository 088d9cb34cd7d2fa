package al.childprotection.shelter.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.shelter.config.StayConfig;
import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.domain.Placement.Destination;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.ShelterRoom;
import al.childprotection.shelter.domain.StayExtension;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.repository.PlacementQuery;
import al.childprotection.shelter.repository.PlacementRepository;
import al.childprotection.shelter.repository.PlacementRequestRepository;
import al.childprotection.shelter.repository.ShelterRepository;
import al.childprotection.shelter.repository.ShelterRoomRepository;
import al.childprotection.shelter.repository.StayExtensionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A stay at a shelter: admission takes beds (a family room whole for a mother and her children) and starts the
 * emergency-stay clock; an extension needs a reason and ends within the longest stay; discharge records the
 * destination and frees the beds (case-service then sets the reintegration follow-up, with its own deadline). Each
 * bed change is a capacity event. Every
 * reading and every change of a stay is audited, a change in its own transaction once the rules accept it.
 */
@ApplicationScoped
public class PlacementService {

    private final PlacementRequestRepository requests;
    private final PlacementRepository placements;
    private final StayExtensionRepository extensions;
    private final ShelterRepository shelters;
    private final ShelterRoomRepository rooms;
    private final Outbox outbox;
    private final StayConfig stay;
    private final AuditTrail audit;

    PlacementService(PlacementRequestRepository requests, PlacementRepository placements,
            StayExtensionRepository extensions, ShelterRepository shelters, ShelterRoomRepository rooms,
            Outbox outbox, StayConfig stay, AuditTrail audit) {
        this.requests = requests;
        this.placements = placements;
        this.extensions = extensions;
        this.shelters = shelters;
        this.rooms = rooms;
        this.outbox = outbox;
        this.stay = stay;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Placement> admit(UUID requestId, String staffShelter, String staff) {
        return requests.findById(requestId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("placement request " + requestId))
                .chain(request -> {
                    PlacementRequestService.requireAt(request, staffShelter);
                    PlacementRequestService.requireNotWithdrawn(request);
                    if (!request.open()) {
                        throw RequestRejectedException.conflict("placement request " + requestId
                                + " is already admitted");
                    }
                    return shelters.lock(request.shelterCode).chain(shelter -> {
                        // a shelter the directory closed admits nobody new; its staff pass the request on
                        ShelterDirectory.requireTakingPlacements(shelter, request.shelterCode, 409, "shelter");
                        return rooms.of(shelter.code)
                                .chain(own -> admit(request, new ShelterBeds(shelter, own), staff));
                    });
                });
    }

    private Uni<Placement> admit(PlacementRequest request, ShelterBeds beds, String staff) {
        ShelterRoom room = beds.roomFor(request.kind, request.children).orElseThrow(() ->
                RequestRejectedException.conflict("shelter " + request.shelterCode + " has no free "
                        + request.kind + " room for this request; pass it on to the next shelter"));
        Instant now = StoredTime.now();
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.requestId = request.id;
        placement.shelterCode = request.shelterCode;
        placement.roomId = room.id;
        placement.room = room.room;
        placement.kind = request.kind;
        placement.beds = room.bedsFor(request.kind, request.children);
        placement.children = request.children;
        placement.municipality = request.municipality;
        placement.cpuCode = request.cpuCode;
        placement.referralId = request.referralId;
        placement.caseId = request.caseId;
        placement.status = Placement.Status.IN_SHELTER;
        placement.admittedBy = staff;
        placement.admittedAt = now;
        placement.stayEndsAt = now.plus(stay.emergencyStay());
        placement.correlationId = request.correlationId;
        request.status = PlacementRequest.Status.ADMITTED;
        request.updatedAt = now;
        occupy(beds.shelter(), room, placement.beds, now);
        return audit.record("placement.admitted",
                List.of(PlacementMapper.audited(request), PlacementMapper.audited(placement)))
                .chain(() -> placements.persist(placement))
                .chain(() -> outbox.append(EventType.PLACEMENT_ADMITTED, placement.id,
                        PlacementMapper.toAdmitted(placement, beds.shelter()), placement.correlationId))
                .chain(() -> announceCapacity(beds, room, now, placement.correlationId))
                .replaceWith(placement);
    }

    @WithTransaction
    public Uni<Placement> extend(UUID id, String staffShelter, String staff, Instant asked, String reason) {
        Instant until = StoredTime.of(asked);
        return inShelter(id, staffShelter).chain(placement -> {
            if (!until.isAfter(placement.stayEndsAt)) {
                throw RequestRejectedException.conflicting("stayEndsAt", "an extension must end after the stay's "
                        + "current end, " + placement.stayEndsAt);
            }
            if (until.isAfter(placement.admittedAt.plus(stay.longestStay()))) {
                throw RequestRejectedException.conflicting("stayEndsAt", "an emergency stay lasts at most "
                        + stay.longestStay().toDays() + " days from admission, until "
                        + placement.admittedAt.plus(stay.longestStay()));
            }
            StayExtension extension = new StayExtension();
            extension.placementId = placement.id;
            extension.previousEnd = placement.stayEndsAt;
            extension.newEnd = until;
            extension.reason = reason;
            extension.extendedBy = staff;
            extension.extendedAt = StoredTime.now();
            placement.stayEndsAt = until;
            return audit.record("placement.extended", PlacementMapper.audited(placement))
                    .chain(() -> extensions.persist(extension)).replaceWith(placement);
        });
    }

    @WithTransaction
    public Uni<Placement> discharge(UUID id, String staffShelter, String staff, Destination destination) {
        return inShelter(id, staffShelter)
                .call(placement -> audit.record("placement.discharged", PlacementMapper.audited(placement)))
                .chain(placement -> shelters.lock(placement.shelterCode)
                .chain(shelter -> rooms.of(shelter.code).chain(own -> {
                    Instant now = StoredTime.now();
                    ShelterRoom room = own.stream().filter(r -> r.id.equals(placement.roomId)).findFirst()
                            .orElseThrow();
                    occupy(shelter, room, -placement.beds, now);
                    placement.status = Placement.Status.DISCHARGED;
                    placement.dischargedAt = now;
                    placement.dischargedBy = staff;
                    placement.destination = destination;
                    return outbox.append(EventType.PLACEMENT_DISCHARGED, placement.id,
                            PlacementMapper.toDischarged(placement, shelter), placement.correlationId)
                            .chain(() -> announceCapacity(new ShelterBeds(shelter, own), room, now,
                                    placement.correlationId))
                            .replaceWith(placement);
                })));
    }

    /** A stay its reader may see ({@code requireReadable} refuses it otherwise), the reading audited. */
    @WithSession
    public Uni<Placement> read(UUID id, Consumer<Placement> requireReadable) {
        return placements.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("placement " + id))
                .invoke(requireReadable)
                .call(placement -> audit.record("placement.read", PlacementMapper.audited(placement)));
    }

    @WithSession
    public Uni<List<StayExtension>> extensionsOf(UUID id) {
        return extensions.of(id);
    }

    /**
     * One page of stays ({@code fetch} rows after the cursor); each stay shown is a child's record read, and audited
     * as such (not the extra row that only tells a next page exists).
     */
    @WithSession
    public Uni<List<Placement>> page(PlacementQuery query, PageCursor after, int fetch, int limit) {
        return placements.page(query, after, fetch)
                .call(listed -> audit.record("placement.listed",
                        listed.stream().limit(limit).map(PlacementMapper::audited).toList()));
    }

    private Uni<Placement> inShelter(UUID id, String staffShelter) {
        return placements.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("placement " + id))
                .invoke(placement -> {
                    if (!placement.shelterCode.equals(staffShelter)) {
                        throw RequestRejectedException.outOfScope("placement " + id);
                    }
                    if (placement.status != Placement.Status.IN_SHELTER) {
                        throw RequestRejectedException.conflict("placement " + id + " is already discharged");
                    }
                });
    }

    private static void occupy(Shelter shelter, ShelterRoom room, int beds, Instant at) {
        room.bedsOccupied += beds;
        shelter.bedsOccupied += beds;
        shelter.updatedAt = at;
    }

    private Uni<Void> announceCapacity(ShelterBeds beds, ShelterRoom changed, Instant at, String correlationId) {
        return outbox.append(EventType.PLACEMENT_CAPACITY_CHANGED, beds.shelter().code,
                PlacementMapper.toCapacityChanged(beds, changed.kind, at), correlationId);
    }
}
