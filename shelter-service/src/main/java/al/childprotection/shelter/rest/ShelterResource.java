package al.childprotection.shelter.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import al.childprotection.shelter.mapping.ShelterMapper;
import al.childprotection.shelter.repository.ShelterQuery;
import al.childprotection.shelter.service.ShelterService;
import io.smallrye.mutiny.Uni;

/**
 * Live shelter capacity for whoever may need to place a child at any hour: CPU workers, police teams at night,
 * SARPC. Shelter staff see their own shelter only.
 */
@Path("/shelters")
@RolesAllowed({ Roles.SHELTER_STAFF, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.POLICE, Roles.SARPC })
public class ShelterResource {

    private static final String SHELTER_STAFF = Roles.SHELTER_STAFF;

    private final ShelterService shelters;
    private final Caller caller;

    ShelterResource(ShelterService shelters, Caller caller) {
        this.shelters = shelters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The shelters of the directory with their live beds; shelter staff: their own",
            description = "By name, then code: a stable order. One page per answer, `limit` (1..500, default 50) "
                    + "shelters; while more follow, a `Link: <...>; rel=\"next\"` header gives the next page's "
                    + "address (its `cursor` is opaque). Filters: `municipality` (where the shelter is) and `active` "
                    + "(`true`: the shelters that take placements).")
    public Uni<RestResponse<List<ShelterView>>> list(@QueryParam("municipality") String municipality,
            @QueryParam("active") String active, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, ShelterQuery.CURSOR_KEYS);
        ShelterQuery query = new ShelterQuery(caller.hasRole(SHELTER_STAFF) ? requireOwnShelter() : null,
                ListFilters.municipality(municipality), ListFilters.bool("active", active));
        return shelters.page(query, after, Pages.fetchSize(size))
                .map(rows -> Pages.of(rows, size, beds -> ShelterQuery.cursorOf(beds.shelter()),
                        ShelterMapper::toView, uri));
    }

    @GET
    @Path("/{code}")
    public Uni<ShelterView> find(@PathParam("code") String code) {
        return shelters.find(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("shelter"))
                .invoke(beds -> {
                    if (caller.hasRole(SHELTER_STAFF) && !beds.shelter().code.equals(requireOwnShelter())) {
                        throw RequestRejectedException.outOfScope("shelter " + code);
                    }
                })
                .map(ShelterMapper::toView);
    }

    private String requireOwnShelter() {
        return StaffScope.ownShelter(caller);
    }
}
