package al.childprotection.casework.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.ProtectionPlan;
import al.childprotection.casework.mapping.PlanMapper;
import al.childprotection.casework.repository.ProtectionPlanRepository;
import al.childprotection.casework.service.ProtectionPlanning;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/** Individual Protection Plans: workers submit, supervisors approve or return with comments. */
@Path("/plans")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
public class PlanResource {

    private final ProtectionPlanning planning;
    private final Caller caller;

    PlanResource(ProtectionPlanning planning, Caller caller) {
        this.planning = planning;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The plans of a case",
            description = "The earliest submitted first, by submission time then id (a plan returned and submitted "
                    + "again takes its new submission time, and moves to the end). One page per answer, `limit` "
                    + "(1..500, default 50) plans; while more follow, a `Link: <...>; rel=\"next\"` header gives the "
                    + "next page's address (its `cursor` is opaque). Filters: `status` (repeatable), "
                    + "`submittedFrom`/`submittedBefore` (ISO-8601 instants, from included).")
    public Uni<RestResponse<List<PlanView>>> ofCase(@QueryParam("caseId") @NotNull UUID caseId,
            @QueryParam("status") List<String> status, @QueryParam("submittedFrom") String submittedFrom,
            @QueryParam("submittedBefore") String submittedBefore, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = ListFilters.timeAndId(cursor);
        return planning.ofCase(caseId, caller, ListFilters.oneOf("status", ProtectionPlan.Status.class, status),
                ListFilters.instant("submittedFrom", submittedFrom),
                ListFilters.instant("submittedBefore", submittedBefore), after, size)
                .map(rows -> Pages.of(rows, size, ProtectionPlanRepository::cursorOf, PlanMapper::toView, uri));
    }

    @GET
    @Path("/{id}")
    public Uni<PlanView> find(@PathParam("id") UUID id) {
        return planning.find(id, caller).map(PlanMapper::toView);
    }

    @POST
    public Uni<Response> submit(@NotNull @Valid PlanRequests.Submission submission) {
        ProtectionPlan.Kind kind = submission.kind() == null ? ProtectionPlan.Kind.INDIVIDUAL_PROTECTION_PLAN
                : submission.kind();
        ProtectionCase.PlannedOutcome outcome = submission.plannedOutcome() == null ? null
                : CaseRequests.plannedOutcome("plannedOutcome", submission.plannedOutcome());
        return planning.submit(submission.caseId(), caller, kind, outcome, submission.reviewDate(),
                PlanMapper.toItems(submission.items()))
                .map(plan -> Response.created(URI.create("/plans/" + plan.id)).entity(PlanMapper.toView(plan))
                        .build());
    }

    /** A returned plan, corrected and submitted again. */
    @PUT
    @Path("/{id}")
    public Uni<PlanView> resubmit(@PathParam("id") UUID id, @NotNull @Valid PlanRequests.Resubmission plan) {
        return planning.resubmit(id, caller, plan.reviewDate(), PlanMapper.toItems(plan.items()))
                .map(PlanMapper::toView);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.CPU_SUPERVISOR)
    public Uni<PlanView> approve(@PathParam("id") UUID id) {
        return planning.approve(id, caller).map(PlanMapper::toView);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.CPU_SUPERVISOR)
    public Uni<PlanView> returnWithComments(@PathParam("id") UUID id, @NotNull @Valid PlanRequests.Return body) {
        return planning.returnWithComments(id, caller, body.comments()).map(PlanMapper::toView);
    }
}
