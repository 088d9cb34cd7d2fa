package al.childprotection.referral.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.service.ReferralLifecycle;
import al.childprotection.referral.service.ReferralService;
import al.childprotection.referral.service.ReferralStatisticsService;
import io.smallrye.mutiny.Uni;

/**
 * CPU workers and supervisors see and act on their municipality's referrals; SARPC analysts see every referral,
 * pseudonymised, and act on none.
 */
@Path("/referrals")
@RolesAllowed({ "cpu-worker", "cpu-supervisor", "sarpc-analyst" })
public class ReferralResource {

    private final ReferralService referrals;
    private final ReferralLifecycle lifecycle;
    private final ReferralStatisticsService statistics;
    private final Caller caller;

    ReferralResource(ReferralService referrals, ReferralLifecycle lifecycle, ReferralStatisticsService statistics,
            Caller caller) {
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.statistics = statistics;
        this.caller = caller;
    }

    /**
     * The referrals of the caller's municipality (every municipality for SARPC, pseudonymised: decision 11),
     * optionally of some statuses ({@code ?status=CREATED&status=REDIRECTED}), newest first or by acknowledgement
     * deadline ({@code ?order=due}).
     */
    @GET
    public Uni<List<ReferralShown>> list(@QueryParam("status") List<String> statuses,
            @QueryParam("order") @DefaultValue("newest") @Pattern(regexp = "newest|due") String order,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        String municipality = caller.hasRole("sarpc-analyst") ? null : caller.requireMunicipality();
        return referrals.list(caller, municipality, statusesOf(statuses), "due".equals(order), limit);
    }

    /** SLA compliance per municipality, counts only: SARPC sees every municipality, a supervisor their own. */
    @GET
    @Path("/statistics")
    @RolesAllowed({ "cpu-supervisor", "sarpc-analyst" })
    public Uni<List<ReferralStatistics>> statistics() {
        return statistics.perMunicipality(caller.hasRole("sarpc-analyst") ? null : caller.requireMunicipality());
    }

    /** In full for the CPU staff of its municipality, pseudonymised for SARPC (decision 11). */
    @GET
    @Path("/{id}")
    public Uni<ReferralShown> find(@PathParam("id") UUID id) {
        return referrals.show(id, caller);
    }

    /** Its timeline: every step, in order, for anyone who may read the referral; SARPC without the notes. */
    @GET
    @Path("/{id}/timeline")
    public Uni<List<ReferralShown.Step>> timeline(@PathParam("id") UUID id) {
        return referrals.timeline(id, caller);
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

    /** The sending police station withdraws its referral. */
    @POST
    @Path("/{id}/revocation")
    @RolesAllowed("police-psychosocial")
    public Uni<ReferralView> revoke(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Revocation body) {
        return lifecycle.revoke(id, caller, body.reason()).map(ReferralMapper::toView);
    }

    private static Set<Referral.Status> statusesOf(List<String> names) {
        Set<Referral.Status> statuses = EnumSet.noneOf(Referral.Status.class);
        for (String name : names) {
            try {
                statuses.add(Referral.Status.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw RequestRejectedException.notOneOf("status", Referral.Status.values());
            }
        }
        return statuses;
    }
}
