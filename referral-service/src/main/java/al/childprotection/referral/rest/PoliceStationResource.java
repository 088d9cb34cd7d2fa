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

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.PoliceStation;
import al.childprotection.referral.service.DirectoryAdministration;
import io.smallrye.mutiny.Uni;

/** The police stations of the directory: every signed-in agency may read them, platform administrators edit. */
@Path("/directory/police-stations")
@RolesAllowed({ Roles.POLICE, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.SHELTER_STAFF, Roles.SARPC,
        Roles.ADMIN })
public class PoliceStationResource {

    public record StationView(String code, String name, String municipality, boolean active) {
        static StationView of(PoliceStation station) {
            return new StationView(station.code, station.name, station.municipality, station.active);
        }
    }

    private final DirectoryAdministration administration;
    private final Caller caller;

    PoliceStationResource(DirectoryAdministration administration, Caller caller) {
        this.administration = administration;
        this.caller = caller;
    }

    /** Every station, or those of one municipality, typed with or without Albanian letters. */
    @GET
    @Operation(summary = "The police stations of the directory", description = "Every station, or those of one"
            + " municipality. Not paged: bounded by the country's police stations, a few hundred at most. Ordered"
            + " by municipality, then code.")
    public Uni<List<StationView>> list(@QueryParam("municipality") String municipality) {
        return administration.stations(municipality).map(list -> list.stream().map(StationView::of).toList());
    }

    @GET
    @Path("/{code}")
    public Uni<StationView> find(@PathParam("code") String code) {
        return administration.station(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("police station"))
                .map(StationView::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> create(@NotNull @Valid DirectoryRequests.NewStation body) {
        return administration.createStation(caller.username(), body.code(), body.name(), body.municipality())
                .map(station -> Response.status(Response.Status.CREATED).entity(StationView.of(station)).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<StationView> update(@PathParam("code") String code, @NotNull @Valid DirectoryRequests.Change body) {
        return administration.updateStation(caller.username(), code, body.name(), body.active())
                .map(StationView::of);
    }
}
