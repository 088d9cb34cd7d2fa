package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.TaskQuery;
import al.childprotection.casework.service.CaseService;
import al.childprotection.casework.service.TaskLifecycle;
import al.childprotection.casework.service.Workload;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/**
 * A worker's own tasks and inbox; a supervisor's view of every task of their municipality and of each worker's
 * workload. The assignee (or a supervisor) moves a task along; only a supervisor gives it to someone else.
 */
@Path("/tasks")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
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
    @Operation(summary = "The caller's tasks; a supervisor's: every task of their municipality",
            description = "Newest first, by creation time then id: a stable order, so a task added while the list "
                    + "is paged through never makes another appear twice or not at all. One page per answer, "
                    + "`limit` (1..500, default 50) tasks; while more follow, a `Link: <...>; rel=\"next\"` header "
                    + "gives the next page's address (its `cursor` is opaque). Filters: `open=true` (the tasks still "
                    + "to do), `status` (repeatable), `dueBefore`, `createdFrom`/`createdBefore` (ISO-8601 instants) "
                    + "and, for a supervisor, `assignee`.")
    public Uni<RestResponse<List<TaskView>>> list(@QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("status") List<String> status, @QueryParam("assignee") String assignee,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("createdFrom") String createdFrom,
            @QueryParam("createdBefore") String createdBefore, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        boolean supervisor = caller.hasRole(Roles.CPU_SUPERVISOR);
        if (!supervisor && assignee != null && !assignee.equals(caller.username())) {
            throw RequestRejectedException.forbidden("a worker lists only their own tasks");
        }
        TaskQuery query = new TaskQuery(supervisor ? caller.requireMunicipality() : null,
                supervisor ? blankToNull(assignee) : caller.username(), TaskFilters.statuses(open, status),
                TaskFilters.instant("dueBefore", dueBefore), TaskFilters.instant("createdFrom", createdFrom),
                TaskFilters.instant("createdBefore", createdBefore), true);
        return page(query, cursor, limit, uri);
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The caller's inbox: their tasks still to do, each flagged when overdue",
            description = "Oldest first, by creation time then id: a stable order (a task added while the inbox is "
                    + "paged through comes on a later page). Paged like `GET /tasks`: `limit` (default 50), "
                    + "`Link: rel=\"next\"`, opaque `cursor`; filter `dueBefore` gives the tasks due soonest.")
    public Uni<RestResponse<List<TaskView>>> mine(@QueryParam("dueBefore") String dueBefore,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        TaskQuery query = new TaskQuery(null, caller.username(), TaskFilters.statuses(true, null),
                TaskFilters.instant("dueBefore", dueBefore), null, null, false);
        return page(query, cursor, limit, uri);
    }

    private Uni<RestResponse<List<TaskView>>> page(TaskQuery query, String cursor, Integer limit, UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, TaskQuery.CURSOR_KEYS);
        return cases.tasks(query, after, size)
                .map(rows -> Pages.of(rows, size, TaskQuery::cursorOf, CaseMapper::toView, uri));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Open, in-progress and overdue counts of each member of the supervisor's CPU. */
    @GET
    @Path("/workload")
    @RolesAllowed(Roles.CPU_SUPERVISOR)
    @Operation(summary = "Open, in-progress and overdue task counts of each active member of the supervisor's CPU",
            description = "One row per active member of the supervisor's CPU in the directory (of every CPU of their "
                    + "municipality when the directory does not place the supervisor in one): supervisors first, then "
                    + "by username. Not paged: the rows are bounded by the directory's members of that CPU (or "
                    + "municipality), not by the tasks counted.")
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
    @RolesAllowed(Roles.CPU_SUPERVISOR)
    public Uni<TaskView> reassign(@PathParam("id") UUID id, @NotNull @Valid TaskRequests.Reassignment body) {
        return lifecycle.reassign(id, caller, body.assignee().strip(), body.reason()).map(CaseMapper::toView);
    }
}
