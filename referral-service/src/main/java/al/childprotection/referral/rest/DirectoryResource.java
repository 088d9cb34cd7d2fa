package al.childprotection.referral.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.service.DirectoryService;
import io.smallrye.mutiny.Uni;

/** The agency directory is public within the platform: every signed-in agency may look a CPU up. */
@Path("/directory/child-protection-units")
@RolesAllowed({ "police-psychosocial", "cpu-worker", "cpu-supervisor", "shelter-staff", "sarpc-analyst",
        "platform-admin" })
public class DirectoryResource {

    public record UnitView(String code, String name, String municipality, String administrativeUnit) {
        static UnitView of(ChildProtectionUnit unit) {
            return new UnitView(unit.code, unit.name, unit.municipality, unit.administrativeUnit);
        }
    }

    private final DirectoryService directory;

    DirectoryResource(DirectoryService directory) {
        this.directory = directory;
    }

    /** Every CPU, or those of one municipality, typed with or without Albanian letters ("Tirana", "Tiranë"). */
    @GET
    public Uni<List<UnitView>> list(@QueryParam("municipality") String municipality) {
        return directory.units(municipality).map(units -> units.stream().map(UnitView::of).toList());
    }
}
