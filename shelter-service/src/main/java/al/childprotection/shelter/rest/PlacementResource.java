package al.childprotection.shelter.rest;

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

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.service.PlacementService;
import io.smallrye.mutiny.Uni;

/**
 * Stays at a shelter. Shelter staff see and act on their own shelter's; CPU workers and supervisors follow the
 * stays of their municipality's children; SARPC sees all.
 */
@Path("/placements")
@RolesAllowed({ "shelter-staff", "cpu-worker", "cpu-supervisor", "sarpc-analyst" })
public class PlacementResource {

    private final PlacementService placements;
    private final Caller caller;

    PlacementResource(PlacementService placements, Caller caller) {
        this.placements = placements;
        this.caller = caller;
    }

    @GET
    public Uni<List<PlacementView>> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        String shelter = caller.hasRole(StaffScope.SHELTER_STAFF) ? StaffScope.ownShelter(caller) : null;
        String municipality = shelter == null && !caller.hasRole(StaffScope.SARPC) ? caller.requireMunicipality()
                : null;
        Placement.Status wanted = StaffScope.valueOf(Placement.Status.class, "status", status);
        return placements.list(shelter, municipality, wanted, limit)
                .map(list -> list.stream().map(p -> PlacementMapper.toView(p, List.of())).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<PlacementView> find(@PathParam("id") UUID id) {
        return placements.read(id, this::requireReadable).chain(this::withExtensions);
    }

    /** A longer emergency stay, with a reason, never beyond the longest stay from admission. */
    @POST
    @Path("/{id}/extension")
    @RolesAllowed("shelter-staff")
    public Uni<PlacementView> extend(@PathParam("id") UUID id, @NotNull @Valid PlacementBodies.Extension body) {
        return placements.extend(id, StaffScope.ownShelter(caller), caller.username(), body.stayEndsAt(),
                body.reason()).chain(this::withExtensions);
    }

    /** The child leaves: the destination is recorded and the CPU's reintegration follow-up is due. */
    @POST
    @Path("/{id}/discharge")
    @RolesAllowed("shelter-staff")
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
