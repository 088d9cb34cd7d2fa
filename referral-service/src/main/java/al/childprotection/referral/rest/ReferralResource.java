package al.childprotection.referral.rest;

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
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.service.ReferralLifecycle;
import al.childprotection.referral.service.ReferralService;
import io.smallrye.mutiny.Uni;

/**
 * CPU workers and supervisors see and act on their municipality's referrals; SARPC analysts see every referral
 * and act on none.
 */
@Path("/referrals")
@RolesAllowed({ "cpu-worker", "cpu-supervisor", "sarpc-analyst" })
public class ReferralResource {

    private final ReferralService referrals;
    private final ReferralLifecycle lifecycle;
    private final Caller caller;

    ReferralResource(ReferralService referrals, ReferralLifecycle lifecycle, Caller caller) {
        this.referrals = referrals;
        this.lifecycle = lifecycle;
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

    /** Its timeline: every step, in order, for anyone who may read the referral. */
    @GET
    @Path("/{id}/timeline")
    public Uni<List<ReferralView.Step>> timeline(@PathParam("id") UUID id) {
        return find(id).chain(readable -> lifecycle.timeline(id))
                .map(steps -> steps.stream().map(ReferralMapper::toView).toList());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({ "cpu-worker", "cpu-supervisor" })
    public Uni<ReferralView> acknowledge(@PathParam("id") UUID id) {
        return lifecycle.acknowledge(id, caller).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({ "cpu-worker", "cpu-supervisor" })
    public Uni<ReferralView> accept(@PathParam("id") UUID id) {
        return lifecycle.accept(id, caller).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({ "cpu-worker", "cpu-supervisor" })
    public Uni<ReferralView> reject(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Rejection body) {
        return lifecycle.reject(id, caller, body.reason()).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/redirection")
    @RolesAllowed({ "cpu-worker", "cpu-supervisor" })
    public Uni<ReferralView> redirect(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Redirection body) {
        return lifecycle.redirect(id, caller, body.cpuCode(), body.reason()).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ "cpu-worker", "cpu-supervisor" })
    public Uni<ReferralView> close(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Closure body) {
        return lifecycle.close(id, caller, body.outcome()).map(ReferralMapper::toView);
    }
}
