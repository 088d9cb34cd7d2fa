package al.childprotection.shelter.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.PlacementRequest.Origin;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.service.PlacementNeed;
import al.childprotection.shelter.service.PlacementRequestService;
import al.childprotection.shelter.service.PlacementService;
import al.childprotection.shelter.service.RequestRules;
import io.smallrye.mutiny.Uni;

/**
 * Emergency placement requests, at any hour: CPU workers and supervisors for their municipality, police teams
 * (at night too) for a child they support. Shelter staff see and admit the requests waiting at their shelter;
 * SARPC sees every request.
 */
@Path("/placement-requests")
@RolesAllowed({ "shelter-staff", "cpu-worker", "cpu-supervisor", "police-psychosocial", "sarpc-analyst" })
public class PlacementRequestResource {

    private final PlacementRequestService requests;
    private final PlacementService placements;
    private final Caller caller;

    PlacementRequestResource(PlacementRequestService requests, PlacementService placements, Caller caller) {
        this.requests = requests;
        this.placements = placements;
        this.caller = caller;
    }

    /** The referral and case named must be the caller's own (a police team: its station's referral only). */
    @POST
    @RolesAllowed({ "cpu-worker", "cpu-supervisor", "police-psychosocial" })
    public Uni<Response> request(@NotNull @Valid PlacementBodies.NewRequest body) {
        boolean police = caller.hasRole(StaffScope.POLICE);
        String station = police ? caller.requirePoliceStation() : null;
        String municipality = police ? RequestRules.municipality(body.municipality(), body.referralId() != null)
                : caller.requireMunicipality();
        int children = RequestRules.children(body.kind(), body.children());
        PlacementNeed need = new PlacementNeed(police ? Origin.POLICE : Origin.CPU_WORKER, body.kind(), children,
                body.shelterCode(), municipality, police ? null : caller.cpu().orElse(null), body.referralId(),
                body.caseId(), station, caller.username(), null);
        return requests.request(need).map(request -> Response
                .created(URI.create("/placement-requests/" + request.id))
                .entity(PlacementMapper.toView(request)).build());
    }

    /** Shelter staff: their shelter's; CPU: their municipality's; police: their station's; SARPC: all. */
    @GET
    public Uni<List<PlacementRequestView>> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        String shelter = caller.hasRole(StaffScope.SHELTER_STAFF) ? StaffScope.ownShelter(caller) : null;
        String station = caller.hasRole(StaffScope.POLICE) ? caller.requirePoliceStation() : null;
        String municipality = shelter == null && station == null && !caller.hasRole(StaffScope.SARPC)
                ? caller.requireMunicipality()
                : null;
        PlacementRequest.Status wanted = StaffScope.valueOf(PlacementRequest.Status.class, "status", status);
        return requests.list(shelter, municipality, station, wanted, limit)
                .map(list -> list.stream().map(PlacementMapper::toView).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<PlacementRequestView> find(@PathParam("id") UUID id) {
        return requests.read(id, this::requireReadable).map(PlacementMapper::toView);
    }

    /** The shelter takes the request in: beds are assigned and the emergency-stay clock starts. */
    @POST
    @Path("/{id}/admission")
    @RolesAllowed("shelter-staff")
    public Uni<Response> admit(@PathParam("id") UUID id) {
        return placements.admit(id, StaffScope.ownShelter(caller), caller.username())
                .map(placement -> Response.created(URI.create("/placements/" + placement.id))
                        .entity(PlacementMapper.toView(placement, List.of())).build());
    }

    /** The shelter has no room for it: it goes to the next shelter with room, or is escalated. */
    @POST
    @Path("/{id}/passing-on")
    @RolesAllowed("shelter-staff")
    public Uni<PlacementRequestView> passOn(@PathParam("id") UUID id) {
        return requests.passOn(id, StaffScope.ownShelter(caller)).map(PlacementMapper::toView);
    }

    private void requireReadable(PlacementRequest request) {
        String what = "placement request " + request.id;
        if (caller.hasRole(StaffScope.SARPC)) {
            return;
        }
        if (caller.hasRole(StaffScope.SHELTER_STAFF)) {
            if (!request.shelterCode.equals(StaffScope.ownShelter(caller))) {
                throw RequestRejectedException.outOfScope(what);
            }
        } else if (caller.hasRole(StaffScope.POLICE)) {
            if (!caller.requirePoliceStation().equals(request.policeStation)) {
                throw RequestRejectedException.outOfScope(what);
            }
        } else {
            caller.requireWorksIn(request.municipality, what);
        }
    }
}
