package al.childprotection.casework.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.repository.ChildMatchRepository;
import al.childprotection.casework.service.ChildRegistry;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Probable matches of child records: within a municipality a worker there confirms (merge) or rejects; a match with
 * another municipality's record is a notice that each side's supervisor confirms (link, never merge) or rejects.
 */
@Path("/child-matches")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
public class ChildMatchResource {

    private final ChildRegistry registry;
    private final Caller caller;

    ChildMatchResource(ChildRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The matches the caller may decide on",
            description = "The longest waiting first, by proposal time then id (a stable order: a match decided "
                    + "while the list is paged through leaves it, and makes no other appear twice or not at all). "
                    + "One page per answer, `limit` (1..500, default 50) matches; while more follow, a `Link: <...>; "
                    + "rel=\"next\"` header gives the next page's address (its `cursor` is opaque). Filters: "
                    + "`status` (default PROPOSED), `proposedFrom`/`proposedBefore` (ISO-8601 instants, from "
                    + "included).")
    public Uni<RestResponse<List<ChildMatchView>>> list(
            @QueryParam("status") @DefaultValue("PROPOSED") ChildMatch.Status status,
            @QueryParam("proposedFrom") String proposedFrom, @QueryParam("proposedBefore") String proposedBefore,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = ListFilters.timeAndId(cursor);
        String municipality = caller.requireMunicipality();
        return registry.proposals(caller, status, ListFilters.instant("proposedFrom", proposedFrom),
                ListFilters.instant("proposedBefore", proposedBefore), after, size)
                .map(rows -> Pages.of(rows, size, file -> ChildMatchRepository.cursorOf(file.match()),
                        file -> ChildMapper.toView(file, municipality), uri));
    }

    @POST
    @Path("/{id}/confirmation")
    public Uni<ChildMatchView> confirm(@PathParam("id") UUID id) {
        return registry.confirm(id, caller).map(file -> ChildMapper.toView(file, caller.requireMunicipality()));
    }

    @POST
    @Path("/{id}/rejection")
    public Uni<ChildMatchView> reject(@PathParam("id") UUID id) {
        return registry.reject(id, caller).map(file -> ChildMapper.toView(file, caller.requireMunicipality()));
    }
}
