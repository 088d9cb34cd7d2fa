package al.childprotection.referral.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.service.DirectoryAdministration;
import al.childprotection.referral.service.DirectoryService;
import io.smallrye.mutiny.Uni;

/**
 * The agency directory is public within the platform: every signed-in agency may look a CPU up. Only platform
 * administrators add or change CPUs.
 */
@Path("/directory/child-protection-units")
@RolesAllowed({ Roles.POLICE, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.SHELTER_STAFF, Roles.SARPC,
        Roles.ADMIN })
public class DirectoryResource {

    public record UnitView(String code, String name, String municipality, String administrativeUnit, boolean active) {
        static UnitView of(ChildProtectionUnit unit) {
            return new UnitView(unit.code, unit.name, unit.municipality, unit.administrativeUnit, unit.active);
        }
    }

    private final DirectoryService directory;
    private final DirectoryAdministration administration;
    private final Caller caller;

    DirectoryResource(DirectoryService directory, DirectoryAdministration administration, Caller caller) {
        this.directory = directory;
        this.administration = administration;
        this.caller = caller;
    }

    /** Every CPU, or those of one municipality, typed with or without Albanian letters ("Tirana", "Tiranë"). */
    @GET
    @Operation(summary = "The CPUs of the directory", description = "Every CPU (one per municipality, and Tirana's"
            + " administrative units), or those of one municipality. Not paged: the list is bounded by the country's"
            + " municipalities and units, about a hundred rows. Ordered by municipality, then code.")
    public Uni<List<UnitView>> list(@QueryParam("municipality") String municipality) {
        return directory.units(municipality).map(units -> units.stream().map(UnitView::of).toList());
    }

    /** A new (municipal) CPU; 422 naming {@code municipality} when it is not one of the 61, 409 for a taken code. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> create(@NotNull @Valid DirectoryRequests.NewUnit body) {
        return administration.createUnit(caller.username(), body.code(), body.name(), body.municipality())
                .map(cpu -> Response.status(Response.Status.CREATED).entity(UnitView.of(cpu)).build());
    }

    /** Renames, deactivates or reactivates a CPU; the last active CPU of a municipality stays active (409). */
    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<UnitView> update(@PathParam("code") String code, @NotNull @Valid DirectoryRequests.Change body) {
        return administration.updateUnit(caller.username(), code, body.name(), body.active()).map(UnitView::of);
    }
}
