package al.childprotection.referral.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.repository.ReferralRepository;
import al.childprotection.referral.service.ReferralLifecycle;
import al.childprotection.referral.service.ReferralService;
import al.childprotection.referral.service.ReferralStatisticsService;
import io.smallrye.mutiny.Uni;

/**
 * CPU workers and supervisors see and act on their municipality's referrals; SARPC analysts see every referral,
 * pseudonymised, and act on none.
 */
@Path("/referrals")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.SARPC })
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
     * The referrals of the caller's municipality (SARPC: every municipality, or one with {@code municipality},
     * pseudonymised: decision 11), a page at a time.
     */
    @GET
    @Operation(summary = "Referrals, a page at a time", description = "Order: newest first (created at, then id, "
            + "both descending), or with order=due the earliest acknowledgement deadline first (deadline, then id, "
            + "both ascending). Filters: status (repeatable), municipality (SARPC; CPU staff only their own), "
            + "from and to (days of creation, yyyy-mm-dd, Tirana time, both included). The body is a JSON array; "
            + "while more referrals follow, a Link header names the next page (rel=\"next\"), whose opaque cursor "
            + "starts after the last referral shown.")
    public Uni<RestResponse<List<ReferralShown>>> list(@QueryParam("status") List<String> statuses,
            @QueryParam("order") @DefaultValue("newest") @Pattern(regexp = "newest|due") String order,
            @QueryParam("municipality") String municipality, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        boolean mostUrgentFirst = "due".equals(order);
        PageCursor after = PageCursor.read(cursor, ReferralRepository.CURSOR_KEYS);
        if (after != null) {
            after.instant(0);
            after.uuid(1);
        }
        ReferralRepository.ReferralFilter filter = new ReferralRepository.ReferralFilter(
                municipalityListed(municipality), statusesOf(statuses), CreationDays.start(from, "from"),
                CreationDays.end(to, "to"));
        if (filter.createdFrom() != null && filter.createdBefore() != null
                && !filter.createdFrom().isBefore(filter.createdBefore())) {
            throw RequestRejectedException.invalid("to", "must not be before from");
        }
        return referrals.list(caller, filter, mostUrgentFirst, after, size)
                .map(listed -> Pages.of(listed.rows(), size,
                        row -> ReferralRepository.cursorOf(row, mostUrgentFirst), listed::shownOf, uri));
    }

    /** SARPC lists every municipality or the one it names; CPU staff their own only. */
    private String municipalityListed(String asked) {
        if (caller.hasRole(Roles.SARPC)) {
            return asked == null || asked.isBlank() ? null : asked.strip();
        }
        String own = caller.requireMunicipality();
        if (asked != null && !Caller.sameMunicipality(own, asked.strip())) {
            throw RequestRejectedException.outOfScope("municipality", "referrals of " + asked.strip(), null);
        }
        return own;
    }

    /** SLA compliance per municipality, counts only: SARPC sees every municipality, a supervisor their own. */
    @GET
    @Path("/statistics")
    @RolesAllowed({ Roles.CPU_SUPERVISOR, Roles.SARPC })
    @Operation(summary = "SLA compliance per municipality, counts only", description = "One row per municipality"
            + " (SARPC: every municipality; a supervisor: their own). Not paged: bounded by the country's"
            + " municipalities. Ordered by municipality.")
    public Uni<List<ReferralStatistics>> statistics() {
        return statistics.perMunicipality(caller.hasRole(Roles.SARPC) ? null : caller.requireMunicipality());
    }

    /** In full for the CPU staff of its municipality, pseudonymised for SARPC (decision 11). */
    @GET
    @Path("/{id}")
    public Uni<ReferralShown> find(@PathParam("id") UUID id) {
        return referrals.show(id, caller);
    }

    /** Its timeline, a page at a time, for anyone who may read the referral; SARPC without the notes. */
    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "The referral's timeline, a page at a time", description = "Order: the steps as they were "
            + "taken, oldest first. The body is a JSON array; while more steps follow, a Link header names the next "
            + "page (rel=\"next\"), whose opaque cursor starts after the last step shown.")
    public Uni<RestResponse<List<ReferralShown.Step>>> timeline(@PathParam("id") UUID id,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, 1);
        long afterPosition = after == null ? 0 : after.number(0);
        return referrals.timeline(id, caller, afterPosition, size).map(listed -> Pages.of(listed.rows(), size,
                step -> PageCursor.of(step.position), listed::shownOf, uri));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
    public Uni<ReferralView> acknowledge(@PathParam("id") UUID id) {
        return lifecycle.acknowledge(id, caller).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
    public Uni<ReferralView> accept(@PathParam("id") UUID id) {
        return lifecycle.accept(id, caller).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
    public Uni<ReferralView> reject(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Rejection body) {
        return lifecycle.reject(id, caller, body.reason()).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/redirection")
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
    public Uni<ReferralView> redirect(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Redirection body) {
        return lifecycle.redirect(id, caller, body.cpuCode(), body.reason()).map(ReferralMapper::toView);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
    public Uni<ReferralView> close(@PathParam("id") UUID id, @NotNull @Valid ReferralDecisions.Closure body) {
        return lifecycle.close(id, caller, body.outcome()).map(ReferralMapper::toView);
    }

    /**
     * The child or guardian withdrew their consent, as the CPU holding the referral records it: with a legal basis
     * the referral goes on in the child's best interest, without one it is closed (decision 17).
     */
    @POST
    @Path("/{id}/consent-withdrawal")
    @RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
    public Uni<ReferralView> withdrawConsent(@PathParam("id") UUID id,
            @NotNull @Valid ReferralDecisions.ConsentWithdrawal body) {
        return lifecycle.withdrawConsent(id, caller, body.by(), body.legalBasis(), body.reason())
                .map(ReferralMapper::toView);
    }

    /** The sending police station withdraws its referral. */
    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(Roles.POLICE)
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
