package al.childprotection.referral.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;

/** CPU workers and supervisors see their municipality's referrals; SARPC analysts see every referral. */
@Path("/referrals")
@RolesAllowed({ "cpu-worker", "cpu-supervisor", "sarpc-analyst" })
public class ReferralResource {

    private final ReferralService referrals;
    private final Caller caller;

    ReferralResource(ReferralService referrals, Caller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @GET
    public Uni<List<ReferralView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        String municipality = caller.hasRole("sarpc-analyst") ? null : caller.requireMunicipality();
        return referrals.listForMunicipality(municipality, limit)
                .map(list -> list.stream().map(ReferralMapper::toView).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ReferralView> find(@PathParam("id") UUID id) {
        return referrals.find(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("referral " + id))
                .invoke(referral -> {
                    if (!caller.hasRole("sarpc-analyst")) {
                        caller.requireWorksIn(referral.municipality, "referral " + id);
                    }
                })
                .map(ReferralMapper::toView);
    }
}
