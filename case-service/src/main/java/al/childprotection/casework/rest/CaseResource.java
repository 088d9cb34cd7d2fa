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
import jakarta.ws.rs.core.Response;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.service.CaseClosure;
import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.Timeline;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

@Path("/cases")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
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
    public Uni<List<TimelineView>> timeline(@PathParam("id") UUID id) {
        return timeline.ofCase(id, caller).map(list -> list.stream()
                .map(e -> CaseMapper.toView(e, caller.worksIn(e.protectionCase().municipality))).toList());
    }
}
