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
import jakarta.ws.rs.core.Response;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.ProtectionPlan;
import al.childprotection.casework.mapping.PlanMapper;
import al.childprotection.casework.service.ProtectionPlanning;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/** Individual Protection Plans: workers submit, supervisors approve or return with comments. */
@Path("/plans")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
public class PlanResource {

    private final ProtectionPlanning planning;
    private final Caller caller;

    PlanResource(ProtectionPlanning planning, Caller caller) {
        this.planning = planning;
        this.caller = caller;
    }

    @GET
    public Uni<List<PlanView>> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return planning.ofCase(caseId, caller).map(list -> list.stream().map(PlanMapper::toView).toList());
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
    @RolesAllowed("cpu-supervisor")
    public Uni<PlanView> approve(@PathParam("id") UUID id) {
        return planning.approve(id, caller).map(PlanMapper::toView);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed("cpu-supervisor")
    public Uni<PlanView> returnWithComments(@PathParam("id") UUID id, @NotNull @Valid PlanRequests.Return body) {
        return planning.returnWithComments(id, caller, body.comments()).map(PlanMapper::toView);
    }
}
