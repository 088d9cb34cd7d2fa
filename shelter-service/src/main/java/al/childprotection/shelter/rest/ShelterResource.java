package al.childprotection.shelter.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.shelter.mapping.ShelterMapper;
import al.childprotection.shelter.service.ShelterService;
import io.smallrye.mutiny.Uni;

/**
 * Live shelter capacity for whoever may need to place a child at any hour: CPU workers, police teams at night,
 * SARPC. Shelter staff see their own shelter only.
 */
@Path("/shelters")
@RolesAllowed({ "shelter-staff", "cpu-worker", "cpu-supervisor", "police-psychosocial", "sarpc-analyst" })
public class ShelterResource {

    private static final String SHELTER_STAFF = "shelter-staff";

    private final ShelterService shelters;
    private final Caller caller;

    ShelterResource(ShelterService shelters, Caller caller) {
        this.shelters = shelters;
        this.caller = caller;
    }

    @GET
    public Uni<List<ShelterView>> list() {
        String own = caller.hasRole(SHELTER_STAFF) ? requireOwnShelter() : null;
        return shelters.list().map(list -> list.stream()
                .filter(beds -> own == null || own.equals(beds.shelter().code))
                .map(ShelterMapper::toView)
                .toList());
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
