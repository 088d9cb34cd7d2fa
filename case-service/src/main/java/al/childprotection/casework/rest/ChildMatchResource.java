package al.childprotection.casework.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.service.ChildRegistry;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Probable matches of child records: within a municipality a worker there confirms (merge) or rejects; a match with
 * another municipality's record is a notice that each side's supervisor confirms (link, never merge) or rejects.
 */
@Path("/child-matches")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
public class ChildMatchResource {

    private final ChildRegistry registry;
    private final Caller caller;

    ChildMatchResource(ChildRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @GET
    public Uni<List<ChildMatchView>> list(@QueryParam("status") @DefaultValue("PROPOSED") ChildMatch.Status status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return registry.proposals(caller, status, limit)
                .map(list -> list.stream().map(file -> ChildMapper.toView(file, caller.requireMunicipality())).toList());
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
