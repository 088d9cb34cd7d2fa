package al.childprotection.referral.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.PartnerAgency;
import al.childprotection.referral.service.DirectoryService;
import al.childprotection.referral.service.PartnerAgencies;
import io.smallrye.mutiny.Uni;

/**
 * The agencies besides the CPUs that receive referrals, such as the National Referral Mechanism and the emergency
 * shelter; platform administrators add and change them, and every change is in the edit log.
 */
@Path("/directory/partner-agencies")
@RolesAllowed({ Roles.POLICE, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.SHELTER_STAFF, Roles.SARPC,
        Roles.ADMIN })
public class PartnerAgencyResource {

    public record AgencyView(String code, String name, String kind, String municipality, boolean active) {
    }

    private final DirectoryService directory;
    private final PartnerAgencies agencies;
    private final Caller caller;

    PartnerAgencyResource(DirectoryService directory, PartnerAgencies agencies, Caller caller) {
        this.directory = directory;
        this.agencies = agencies;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The partner agencies of the directory", description = "The NRM and the shelters. Not"
            + " paged: a handful of national agencies. Ordered by code.")
    public Uni<List<AgencyView>> list() {
        return directory.partnerAgencies().map(list -> list.stream().map(PartnerAgencyResource::view).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> add(@NotNull @Valid DirectoryRequests.NewAgency body) {
        return agencies.add(caller.username(), body.code(), body.name(), body.kind(), body.municipality())
                .map(agency -> Response.created(URI.create("/directory/partner-agencies/" + agency.code))
                        .entity(view(agency)).build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<AgencyView> change(@PathParam("code") String code, @NotNull @Valid DirectoryRequests.Change body) {
        return agencies.change(caller.username(), code, body.name(), body.active()).map(PartnerAgencyResource::view);
    }

    private static AgencyView view(PartnerAgency agency) {
        return new AgencyView(agency.code, agency.name, agency.kind, agency.municipality, agency.active);
    }
}
