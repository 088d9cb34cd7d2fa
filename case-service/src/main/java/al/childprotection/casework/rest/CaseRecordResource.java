package al.childprotection.casework.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.casework.domain.CaseRecord;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.CaseRecordRepository;
import al.childprotection.casework.service.CaseRecordKeeping;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/** The structured records of a case, filled in by the workers of its municipality. */
@Path("/cases/{id}/records")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
public class CaseRecordResource {

    private final CaseRecordKeeping keeping;
    private final Caller caller;

    CaseRecordResource(CaseRecordKeeping keeping, Caller caller) {
        this.keeping = keeping;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The case's records: home visits, assessments, counselling sessions, interventions",
            description = "Oldest first, by recording time then id (records never change: a stable order). One page "
                    + "per answer, `limit` (1..500, default 50) records; while more follow, a `Link: <...>; "
                    + "rel=\"next\"` header gives the next page's address (its `cursor` is opaque). Filters: `kind` "
                    + "(repeatable), `recordedFrom`/`recordedBefore` (ISO-8601 instants, from included).")
    public Uni<RestResponse<List<CaseRecordView>>> list(@PathParam("id") UUID id,
            @QueryParam("kind") List<String> kind, @QueryParam("recordedFrom") String recordedFrom,
            @QueryParam("recordedBefore") String recordedBefore, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = ListFilters.timeAndId(cursor);
        return keeping.ofCase(id, caller, ListFilters.oneOf("kind", CaseRecord.Kind.class, kind),
                ListFilters.instant("recordedFrom", recordedFrom),
                ListFilters.instant("recordedBefore", recordedBefore), after, size)
                .map(rows -> Pages.of(rows, size, CaseRecordRepository::cursorOf, CaseMapper::toView, uri));
    }

    @POST
    @Path("/home-visits")
    public Uni<Response> homeVisit(@PathParam("id") UUID id, @NotNull @Valid CaseRecords.HomeVisit visit) {
        return add(id, CaseRecord.Kind.HOME_VISIT, visit, false);
    }

    @POST
    @Path("/needs-assessments")
    public Uni<Response> needs(@PathParam("id") UUID id, @NotNull @Valid CaseRecords.NeedsAssessment assessment) {
        return add(id, CaseRecord.Kind.NEEDS_ASSESSMENT, assessment, false);
    }

    /** An IMMEDIATE risk also raises an emergency-intervention task and asks the shelter for a placement. */
    @POST
    @Path("/risk-assessments")
    public Uni<Response> risk(@PathParam("id") UUID id, @NotNull @Valid CaseRecords.RiskAssessment assessment) {
        return add(id, CaseRecord.Kind.RISK_ASSESSMENT, assessment,
                assessment.level() == CaseRecords.RiskLevel.IMMEDIATE);
    }

    @POST
    @Path("/counselling-sessions")
    public Uni<Response> counselling(@PathParam("id") UUID id,
            @NotNull @Valid CaseRecords.CounsellingSession session) {
        return add(id, CaseRecord.Kind.COUNSELLING_SESSION, session, false);
    }

    /** Only on a deinstitutionalisation case; the recommended outcome is one the platform plans for. */
    @POST
    @Path("/deinstitutionalisation-assessments")
    public Uni<Response> deinstitutionalisation(@PathParam("id") UUID id,
            @NotNull @Valid CaseRecords.DeinstitutionalisationAssessment assessment) {
        CaseRequests.plannedOutcome("recommendedOutcome", assessment.recommendedOutcome());
        return add(id, CaseRecord.Kind.DEINSTITUTIONALISATION_ASSESSMENT, assessment, false);
    }

    @POST
    @Path("/emergency-interventions")
    public Uni<Response> emergency(@PathParam("id") UUID id,
            @NotNull @Valid CaseRecords.EmergencyIntervention intervention) {
        return add(id, CaseRecord.Kind.EMERGENCY_INTERVENTION, intervention, false);
    }

    private Uni<Response> add(UUID id, CaseRecord.Kind kind, Record content, boolean immediateRisk) {
        return keeping.add(id, caller, kind, content, immediateRisk)
                .map(stored -> Response.status(Response.Status.CREATED).entity(CaseMapper.toView(stored)).build());
    }
}
