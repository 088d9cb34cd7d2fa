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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import al.childprotection.kit.scope.Caller;
import al.childprotection.notification.mapping.NotificationMapper;
import al.childprotection.notification.service.InboxService;
import al.childprotection.notification.service.InboxStream;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Every signed-in user has an inbox, and sees only their own notifications. */
@Path("/inbox")
@RolesAllowed({ "police-psychosocial", "cpu-worker", "cpu-supervisor", "shelter-staff", "sarpc-analyst",
        "platform-admin" })
public class InboxResource {

    private final InboxService inbox;
    private final InboxStream stream;
    private final Caller caller;

    InboxResource(InboxService inbox, InboxStream stream, Caller caller) {
        this.inbox = inbox;
        this.stream = stream;
        this.caller = caller;
    }

    /** The caller's notifications, newest first; {@code unread=true} leaves out those already read. */
    @GET
    public Uni<List<NotificationView>> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return inbox.inbox(caller.username(), unread, limit)
                .map(list -> list.stream().map(NotificationMapper::toView).toList());
    }

    /** How many of the caller's notifications are not read yet. */
    @GET
    @Path("/unread-count")
    public Uni<UnreadCount> unreadCount() {
        return inbox.unread(caller.username()).map(UnreadCount::new);
    }

    public record UnreadCount(long unread) {
    }

    /**
     * Server-Sent Events: the unread count at once, then each notification as it arrives with the new count
     * ({@link InboxUpdate}).
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<InboxUpdate> stream() {
        return stream.of(caller.username());
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
