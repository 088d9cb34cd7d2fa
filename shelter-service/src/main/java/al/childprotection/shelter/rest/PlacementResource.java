package al.childprotection.shelter.rest;

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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.repository.PlacementQuery;
import al.childprotection.shelter.service.PlacementService;
import io.smallrye.mutiny.Uni;

/**
 * Stays at a shelter. Shelter staff see and act on their own shelter's; CPU workers and supervisors follow the
 * stays of their municipality's children; SARPC sees all.
 */
@Path("/placements")
@RolesAllowed({ Roles.SHELTER_STAFF, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.SARPC })
public class PlacementResource {

    private final PlacementService placements;
    private final Caller caller;

    PlacementResource(PlacementService placements, Caller caller) {
        this.placements = placements;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Stays: shelter staff their shelter's, CPU their municipality's children's, SARPC all",
            description = "Newest first, by admission time then id: a stable order, so an admission while the list "
                    + "is paged through never makes another stay appear twice or not at all. One page per answer, "
                    + "`limit` (1..500, default 50) stays; while more follow, a `Link: <...>; rel=\"next\"` header "
                    + "gives the next page's address (its `cursor` is opaque). Filters: `status` (repeatable), "
                    + "`admittedFrom`/`admittedBefore` (ISO-8601 instants) and `municipality` (the child's; within "
                    + "the caller's own scope). The extensions of a stay are in `GET /placements/{id}`.")
    public Uni<RestResponse<List<PlacementView>>> list(@QueryParam("status") List<String> status,
            @QueryParam("admittedFrom") String admittedFrom, @QueryParam("admittedBefore") String admittedBefore,
            @QueryParam("municipality") String municipality, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, PlacementQuery.CURSOR_KEYS);
        String shelter = caller.hasRole(StaffScope.SHELTER_STAFF) ? StaffScope.ownShelter(caller) : null;
        String own = shelter == null && !caller.hasRole(StaffScope.SARPC) ? caller.requireMunicipality() : null;
        PlacementQuery query = new PlacementQuery(shelter, StaffScope.within(own, municipality),
                ListFilters.statuses(Placement.Status.class, status), ListFilters.instant("admittedFrom", admittedFrom),
                ListFilters.instant("admittedBefore", admittedBefore));
        return placements.page(query, after, Pages.fetchSize(size), size)
                .map(rows -> Pages.of(rows, size, PlacementQuery::cursorOf, p -> PlacementMapper.toView(p, List.of()),
                        uri));
    }

    @GET
    @Path("/{id}")
    public Uni<PlacementView> find(@PathParam("id") UUID id) {
        return placements.read(id, this::requireReadable).chain(this::withExtensions);
    }

    /** A longer emergency stay, with a reason, never beyond the longest stay from admission. */
    @POST
    @Path("/{id}/extension")
    @RolesAllowed(Roles.SHELTER_STAFF)
    public Uni<PlacementView> extend(@PathParam("id") UUID id, @NotNull @Valid PlacementBodies.Extension body) {
        return placements.extend(id, StaffScope.ownShelter(caller), caller.username(), body.stayEndsAt(),
                body.reason()).chain(this::withExtensions);
    }

    /** The child leaves: the destination is recorded; case-service sets the CPU's reintegration follow-up. */
    @POST
    @Path("/{id}/discharge")
    @RolesAllowed(Roles.SHELTER_STAFF)
    public Uni<PlacementView> discharge(@PathParam("id") UUID id, @NotNull @Valid PlacementBodies.Discharge body) {
        return placements.discharge(id, StaffScope.ownShelter(caller), caller.username(), body.destination())
                .chain(this::withExtensions);
    }

    private Uni<PlacementView> withExtensions(Placement placement) {
        return placements.extensionsOf(placement.id).map(list -> PlacementMapper.toView(placement, list));
    }

    private void requireReadable(Placement placement) {
        String what = "placement " + placement.id;
        if (caller.hasRole(StaffScope.SARPC)) {
            return;
        }
        if (caller.hasRole(StaffScope.SHELTER_STAFF)) {
            if (!placement.shelterCode.equals(StaffScope.ownShelter(caller))) {
                throw RequestRejectedException.outOfScope(what);
            }
        } else {
            caller.requireWorksIn(placement.municipality, what);
        }
    }
}
