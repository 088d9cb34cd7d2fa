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

import al.childprotection.casework.domain.ItgMeeting;
import al.childprotection.casework.repository.ItgMeetingRepository;
import al.childprotection.casework.service.ItgMeetings;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/** Intersectoral Technical Group meetings on the cases of the caller's municipality. */
@Path("/meetings")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
public class MeetingResource {

    private final ItgMeetings meetings;
    private final Caller caller;

    MeetingResource(ItgMeetings meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The ITG meetings of a case",
            description = "The earliest held first, by meeting time then id (a meeting never changes once recorded: "
                    + "a stable order). One page per answer, `limit` (1..500, default 50) meetings; while more "
                    + "follow, a `Link: <...>; rel=\"next\"` header gives the next page's address (its `cursor` is "
                    + "opaque). Filters: `heldFrom`/`heldBefore` (ISO-8601 instants, from included).")
    public Uni<RestResponse<List<MeetingView>>> ofCase(@QueryParam("caseId") @NotNull UUID caseId,
            @QueryParam("heldFrom") String heldFrom, @QueryParam("heldBefore") String heldBefore,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = ListFilters.timeAndId(cursor);
        return meetings.ofCase(caseId, caller, ListFilters.instant("heldFrom", heldFrom),
                ListFilters.instant("heldBefore", heldBefore), after, size)
                .map(rows -> Pages.of(rows, size, ItgMeetingRepository::cursorOf, MeetingResource::toView, uri));
    }

    @GET
    @Path("/{id}")
    public Uni<MeetingView> find(@PathParam("id") UUID id) {
        return meetings.find(id, caller).map(MeetingResource::toView);
    }

    /** Records a meeting; its decisions that name an agency and a due date become tasks of the case. */
    @POST
    public Uni<Response> record(@NotNull @Valid MeetingRequests.Meeting meeting) {
        return meetings.record(meeting, caller).map(m -> Response.created(URI.create("/meetings/" + m.id))
                .entity(toView(m)).build());
    }

    private static MeetingView toView(ItgMeeting m) {
        return new MeetingView(m.id, m.caseId, m.heldAt, m.participants, m.decisions, m.recordedBy, m.recordedAt);
    }
}
