package al.childprotection.referral.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import al.childprotection.referral.service.DirectoryService;
import io.smallrye.mutiny.Uni;

/** The agencies besides the CPUs that receive referrals, such as the National Referral Mechanism. */
@Path("/directory/partner-agencies")
@RolesAllowed({ "police-psychosocial", "cpu-worker", "cpu-supervisor", "shelter-staff", "sarpc-analyst",
        "platform-admin" })
public class PartnerAgencyResource {

    public record AgencyView(String code, String name, String kind, String municipality, boolean active) {
    }

    private final DirectoryService directory;

    PartnerAgencyResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    public Uni<List<AgencyView>> list() {
        return directory.partnerAgencies().map(agencies -> agencies.stream()
                .map(a -> new AgencyView(a.code, a.name, a.kind, a.municipality, a.active)).toList());
    }
}
