package al.childprotection.casework.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.Timeline;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

@Path("/cases")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
public class CaseResource {

    private final CaseService cases;
    private final Timeline timeline;
    private final Caller caller;

    CaseResource(CaseService cases, Timeline timeline, Caller caller) {
        this.cases = cases;
        this.timeline = timeline;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    public Uni<CaseView> find(@PathParam("id") UUID id) {
        return cases.findCase(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("case " + id))
                .invoke(file -> caller.requireWorksIn(file.protectionCase().municipality, "case " + id))
                .map(CaseMapper::toView);
    }

    /** Every event about the case's child, in every case the child has had, oldest first. */
    @GET
    @Path("/{id}/timeline")
    public Uni<List<TimelineView>> timeline(@PathParam("id") UUID id) {
        return timeline.ofCase(id, caller).map(list -> list.stream()
                .map(e -> CaseMapper.toView(e, caller.worksIn(e.protectionCase().municipality))).toList());
    }
}
