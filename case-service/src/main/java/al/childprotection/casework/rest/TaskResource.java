package al.childprotection.casework.rest;

import java.time.Instant;
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

import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.TaskLifecycle;
import al.childprotection.casework.service.Workload;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/**
 * A worker's own tasks and inbox; a supervisor's view of every task of their municipality and of each worker's
 * workload. The assignee (or a supervisor) moves a task along; only a supervisor gives it to someone else.
 */
@Path("/tasks")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
public class TaskResource {

    private final CaseService cases;
    private final TaskLifecycle lifecycle;
    private final Workload workload;
    private final Caller caller;

    TaskResource(CaseService cases, TaskLifecycle lifecycle, Workload workload, Caller caller) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.workload = workload;
        this.caller = caller;
    }

    @GET
    public Uni<List<TaskView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        var found = caller.hasRole("cpu-supervisor")
                ? cases.tasksIn(caller.requireMunicipality(), limit)
                : cases.tasksOf(caller.username(), limit);
        return found.map(list -> list.stream().map(CaseMapper::toView).toList());
    }

    /** The caller's inbox: their tasks still to do, the soonest due first, each flagged when overdue. */
    @GET
    @Path("/mine")
    public Uni<List<TaskView>> mine(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return cases.inboxOf(caller.username(), limit).map(list -> list.stream().map(CaseMapper::toView).toList());
    }

    /** Open, in-progress and overdue counts of each member of the supervisor's CPU. */
    @GET
    @Path("/workload")
    @RolesAllowed("cpu-supervisor")
    public Uni<List<WorkloadView>> workload() {
        return workload.of(caller).map(snapshot -> CaseMapper.toWorkload(snapshot, Instant.now()));
    }

    @GET
    @Path("/{id}")
    public Uni<TaskView> find(@PathParam("id") UUID id) {
        return cases.readTask(id, caller).map(CaseMapper::toView);
    }

    @POST
    @Path("/{id}/start")
    public Uni<TaskView> start(@PathParam("id") UUID id) {
        return lifecycle.start(id, caller).map(CaseMapper::toView);
    }

    @POST
    @Path("/{id}/completion")
    public Uni<TaskView> complete(@PathParam("id") UUID id) {
        return lifecycle.complete(id, caller).map(CaseMapper::toView);
    }

    @POST
    @Path("/{id}/cancellation")
    public Uni<TaskView> cancel(@PathParam("id") UUID id, @NotNull @Valid TaskRequests.Cancellation body) {
        return lifecycle.cancel(id, caller, body.reason()).map(CaseMapper::toView);
    }

    @POST
    @Path("/{id}/reassignment")
    @RolesAllowed("cpu-supervisor")
    public Uni<TaskView> reassign(@PathParam("id") UUID id, @NotNull @Valid TaskRequests.Reassignment body) {
        return lifecycle.reassign(id, caller, body.assignee().strip(), body.reason()).map(CaseMapper::toView);
    }
}
