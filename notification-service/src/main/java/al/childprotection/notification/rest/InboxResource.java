package al.childprotection.notification.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import al.childprotection.kit.scope.Caller;
import al.childprotection.notification.mapping.NotificationMapper;
import al.childprotection.notification.service.InboxService;
import io.smallrye.mutiny.Uni;

/** Every signed-in user has an inbox, and sees only their own notifications. */
@Path("/inbox")
@RolesAllowed({ "police-psychosocial", "cpu-worker", "cpu-supervisor", "shelter-staff", "sarpc-analyst",
        "platform-admin" })
public class InboxResource {

    private final InboxService inbox;
    private final Caller caller;

    InboxResource(InboxService inbox, Caller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    /** The caller's notifications, newest first; {@code unread=true} leaves out those already read. */
    @GET
    public Uni<List<NotificationView>> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return inbox.inbox(caller.username(), unread, limit)
                .map(list -> list.stream().map(NotificationMapper::toView).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<NotificationView> find(@PathParam("id") UUID id) {
        return inbox.find(id, caller.username()).map(NotificationMapper::toView);
    }

    @POST
    @Path("/{id}/read")
    public Uni<NotificationView> markRead(@PathParam("id") UUID id) {
        return inbox.markRead(id, caller.username()).map(NotificationMapper::toView);
    }
}
