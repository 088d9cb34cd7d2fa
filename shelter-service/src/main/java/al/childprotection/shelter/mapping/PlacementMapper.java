package al.childprotection.shelter.mapping;

import java.time.Instant;
import java.util.List;

import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementCapacityChanged;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.contracts.PlacementEscalated;
import al.childprotection.contracts.PlacementOverstayed;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.kit.audit.AuditedRecord;
import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.domain.StayExtension;
import al.childprotection.shelter.rest.PlacementRequestView;
import al.childprotection.shelter.rest.PlacementView;
import al.childprotection.shelter.service.ShelterBeds;

/**
 * The one place where placements and their requests change shape: record to view, record to events, record to the
 * entry of the audit trail.
 */
public final class PlacementMapper {

    private PlacementMapper() {
    }

    /**
     * The request as the audit trail names it: no intake reaches the shelter, so the referral (else the case) is the
     * id that finds it from the child's other records; the municipality is the child's.
     */
    public static AuditedRecord audited(PlacementRequest request) {
        return AuditedRecord.of("placement-request", request.id,
                request.referralId != null ? request.referralId : request.caseId, request.municipality);
    }

    /** The stay as the audit trail names it, found like its request by the referral (else the case). */
    public static AuditedRecord audited(Placement placement) {
        return AuditedRecord.of("placement", placement.id,
                placement.referralId != null ? placement.referralId : placement.caseId, placement.municipality);
    }

    public static PlacementRequestView toView(PlacementRequest request) {
        return new PlacementRequestView(request.id, request.origin, request.status, request.kind, request.children,
                request.shelterCode, request.passedOn(), request.municipality, request.cpuCode, request.referralId,
                request.caseId, request.policeStation, request.requestedAt, request.updatedAt, request.withdrawnAt,
                request.withdrawnReason);
    }

    public static PlacementView toView(Placement placement, List<StayExtension> extensions) {
        return new PlacementView(placement.id, placement.requestId, placement.shelterCode, placement.room,
                placement.kind, placement.beds, placement.children, placement.municipality, placement.cpuCode,
                placement.referralId, placement.caseId, placement.status, placement.admittedAt,
                placement.stayEndsAt,
                extensions.stream().map(e -> new PlacementView.Extension(e.previousEnd, e.newEnd, e.reason,
                        e.extendedBy, e.extendedAt)).toList(),
                placement.dischargedAt, placement.destination);
    }

    public static PlacementRequested toRequested(PlacementRequest request, Instant at) {
        return new PlacementRequested(request.id, request.origin.name(), request.referralId, request.caseId,
                request.cpuCode, request.municipality, request.shelterCode, request.kind.name(), request.children, at);
    }

    public static PlacementEscalated toEscalated(PlacementRequest request, Instant at) {
        return new PlacementEscalated(request.id, request.origin.name(), request.referralId, request.caseId,
                request.cpuCode, request.municipality, request.shelterCode, request.kind.name(), request.children, at);
    }

    /** The event names the shelter's municipality (where the beds are), as the contract says. */
    public static PlacementAdmitted toAdmitted(Placement placement, Shelter shelter) {
        return new PlacementAdmitted(placement.id, placement.requestId, placement.referralId, placement.caseId,
                placement.shelterCode, shelter.municipality, placement.kind.name(), placement.beds,
                placement.admittedAt, placement.stayEndsAt);
    }

    public static PlacementDischarged toDischarged(Placement placement, Shelter shelter) {
        return new PlacementDischarged(placement.id, placement.referralId, placement.caseId, placement.shelterCode,
                shelter.municipality, placement.destination.name(), placement.dischargedAt);
    }

    /** The municipality is the child's (the one the placement was requested from), as the contract says. */
    public static PlacementOverstayed toOverstayed(Placement placement, Instant detectedAt) {
        return new PlacementOverstayed(placement.id, placement.shelterCode, placement.referralId, placement.caseId,
                placement.cpuCode, placement.municipality, placement.stayEndsAt, detectedAt);
    }

    public static PlacementCapacityChanged toCapacityChanged(ShelterBeds beds, BedKind kind, Instant at) {
        int capacity = beds.capacity(kind);
        int occupied = beds.occupied(kind);
        return new PlacementCapacityChanged(beds.shelter().code, kind.name(), capacity, occupied,
                capacity - occupied, at);
    }
}
