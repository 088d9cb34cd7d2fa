package al.childprotection.casework.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.service.CaseService;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/** A worker's own tasks; a supervisor's view of every task of their municipality. */
@Path("/tasks")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
public class TaskResource {

    private final CaseService cases;
    private final Caller caller;

    TaskResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    public Uni<List<TaskView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        var found = caller.hasRole("cpu-supervisor")
                ? cases.tasksIn(caller.requireMunicipality(), limit)
                : cases.tasksOf(caller.username(), limit);
        return found.map(list -> list.stream().map(CaseMapper::toView).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<TaskView> find(@PathParam("id") UUID id) {
        return cases.findTask(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("task " + id))
                .invoke(task -> caller.requireWorksIn(task.municipality, "task " + id))
                .map(CaseMapper::toView);
    }
}
