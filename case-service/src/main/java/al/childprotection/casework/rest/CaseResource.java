package al.childprotection.casework.rest;

import java.net.URI;
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

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.TimelineRepository;
import al.childprotection.casework.service.CaseClosure;
import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.Timeline;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

@Path("/cases")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
public class CaseResource {

    private final CaseService cases;
    private final CaseClosure closure;
    private final Timeline timeline;
    private final Caller caller;

    CaseResource(CaseService cases, CaseClosure closure, Timeline timeline, Caller caller) {
        this.cases = cases;
        this.closure = closure;
        this.timeline = timeline;
        this.caller = caller;
    }

    /** Opens a deinstitutionalisation case at the caller's CPU, with its assessment task. */
    @POST
    @Path("/deinstitutionalisation")
    public Uni<Response> deinstitutionalise(@NotNull @Valid CaseRequests.Deinstitutionalisation body) {
        ProtectionCase.PlannedOutcome outcome = CaseRequests.plannedOutcome("plannedOutcome", body.plannedOutcome());
        return cases.openDeinstitutionalisation(caller, CaseMapper.summary(body.child()), body.institution().strip(),
                outcome)
                .chain(opened -> cases.findCase(opened.id))
                .map(file -> Response.created(URI.create("/cases/" + file.protectionCase().id))
                        .entity(CaseMapper.toView(file)).build());
    }

    @GET
    @Path("/{id}")
    public Uni<CaseView> find(@PathParam("id") UUID id) {
        return cases.read(id, caller).map(CaseMapper::toView);
    }

    /** Closes the case with a reason and an outcome; its referral is closed too, by referral-service. */
    @POST
    @Path("/{id}/closure")
    public Uni<CaseView> close(@PathParam("id") UUID id, @NotNull @Valid CaseRequests.Closing closing) {
        return closure.close(id, caller, closing.reason(), closing.outcome(), closing.note())
                .chain(closed -> cases.findCase(closed.id)).map(CaseMapper::toView);
    }

    /** Every event about the case's child, in every case the child has had, oldest first. */
    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Every event about the case's child, in every case of its municipality",
            description = "Oldest first, by time then id (entries never change: a stable order). One page per "
                    + "answer, `limit` (1..500, default 50) entries; while more follow, a `Link: <...>; "
                    + "rel=\"next\"` header gives the next page's address (its `cursor` is opaque).")
    public Uni<RestResponse<List<TimelineView>>> timeline(@PathParam("id") UUID id,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, 2);
        return timeline.ofCase(id, caller, after, Pages.fetchSize(size)).map(rows -> Pages.of(rows, size,
                row -> TimelineRepository.cursorOf(row.entry()),
                row -> CaseMapper.toView(row, caller.worksIn(row.protectionCase().municipality)), uri));
    }
}
