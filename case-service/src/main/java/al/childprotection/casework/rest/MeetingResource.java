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
import jakarta.ws.rs.core.Response;

import al.childprotection.casework.domain.ItgMeeting;
import al.childprotection.casework.service.ItgMeetings;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/** Intersectoral Technical Group meetings on the cases of the caller's municipality. */
@Path("/meetings")
@RolesAllowed({ "cpu-worker", "cpu-supervisor" })
public class MeetingResource {

    private final ItgMeetings meetings;
    private final Caller caller;

    MeetingResource(ItgMeetings meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @GET
    public Uni<List<MeetingView>> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return meetings.ofCase(caseId, caller).map(list -> list.stream().map(MeetingResource::toView).toList());
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
