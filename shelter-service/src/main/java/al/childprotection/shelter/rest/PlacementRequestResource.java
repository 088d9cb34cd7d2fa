package al.childprotection.shelter.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.domain.PlacementRequest.Origin;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.repository.PlacementRequestQuery;
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
@RolesAllowed({ Roles.SHELTER_STAFF, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.POLICE, Roles.SARPC })
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
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.POLICE })
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
    @Operation(summary = "Placement requests: shelter staff their shelter's, CPU their municipality's, police their"
            + " station's, SARPC all",
            description = "Newest first, by the time requested then id: a stable order, so a request made while the "
                    + "list is paged through never makes another appear twice or not at all. One page per answer, "
                    + "`limit` (1..500, default 50) requests; while more follow, a `Link: <...>; rel=\"next\"` "
                    + "header gives the next page's address (its `cursor` is opaque). Filters: `status` "
                    + "(repeatable), `requestedFrom`/`requestedBefore` (ISO-8601 instants) and `municipality` "
                    + "(the child's; within the caller's own scope).")
    public Uni<RestResponse<List<PlacementRequestView>>> list(@QueryParam("status") List<String> status,
            @QueryParam("requestedFrom") String requestedFrom, @QueryParam("requestedBefore") String requestedBefore,
            @QueryParam("municipality") String municipality, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, PlacementRequestQuery.CURSOR_KEYS);
        String shelter = caller.hasRole(StaffScope.SHELTER_STAFF) ? StaffScope.ownShelter(caller) : null;
        String station = caller.hasRole(StaffScope.POLICE) ? caller.requirePoliceStation() : null;
        String own = shelter == null && station == null && !caller.hasRole(StaffScope.SARPC)
                ? caller.requireMunicipality()
                : null;
        PlacementRequestQuery query = new PlacementRequestQuery(shelter,
                StaffScope.within(own, municipality), station,
                ListFilters.statuses(PlacementRequest.Status.class, status),
                ListFilters.instant("requestedFrom", requestedFrom),
                ListFilters.instant("requestedBefore", requestedBefore));
        return requests.page(query, after, Pages.fetchSize(size), size)
                .map(rows -> Pages.of(rows, size, PlacementRequestQuery::cursorOf, PlacementMapper::toView, uri));
    }

    @GET
    @Path("/{id}")
    public Uni<PlacementRequestView> find(@PathParam("id") UUID id) {
        return requests.read(id, this::requireReadable).map(PlacementMapper::toView);
    }

    /** The shelter takes the request in: beds are assigned and the emergency-stay clock starts. */
    @POST
    @Path("/{id}/admission")
    @RolesAllowed(Roles.SHELTER_STAFF)
    public Uni<Response> admit(@PathParam("id") UUID id) {
        return placements.admit(id, StaffScope.ownShelter(caller), caller.username())
                .map(placement -> Response.created(URI.create("/placements/" + placement.id))
                        .entity(PlacementMapper.toView(placement, List.of())).build());
    }

    /** The shelter has no room for it: it goes to the next shelter with room, or is escalated. */
    @POST
    @Path("/{id}/passing-on")
    @RolesAllowed(Roles.SHELTER_STAFF)
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
