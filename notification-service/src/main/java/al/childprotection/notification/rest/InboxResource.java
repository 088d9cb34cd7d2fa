package al.childprotection.notification.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import org.jboss.resteasy.reactive.RestStreamElementType;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.notification.mapping.NotificationMapper;
import al.childprotection.notification.repository.NotificationRepository.InboxFilter;
import al.childprotection.notification.service.InboxService;
import al.childprotection.notification.service.InboxStream;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Every signed-in user has an inbox, and sees only their own notifications. */
@Path("/inbox")
@RolesAllowed({ Roles.POLICE, Roles.CPU_WORKER, Roles.CPU_SUPERVISOR, Roles.SHELTER_STAFF, Roles.SARPC,
        Roles.ADMIN })
public class InboxResource {

    private final InboxService inbox;
    private final InboxStream stream;
    private final Caller caller;

    InboxResource(InboxService inbox, InboxStream stream, Caller caller) {
        this.inbox = inbox;
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's notifications, one page at a time",
            description = "Newest first: by arrival time (createdAt), then by id, both descending. unread=true leaves "
                    + "out those already read; from and to (ISO-8601 instants) keep those that arrived in [from, to). "
                    + "The next page is the Link header's rel=\"next\" (cursor, limit up to 500, 50 by default).")
    public Uni<RestResponse<List<NotificationView>>> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, 2);
        if (after != null) {
            after.instant(0);
            after.uuid(1);
        }
        InboxFilter filter = new InboxFilter(unread, instant("from", from), instant("to", to));
        return inbox.inbox(caller.username(), filter, after, Pages.fetchSize(size)).map(rows -> Pages.of(rows, size,
                n -> PageCursor.of(n.createdAt, n.id), NotificationMapper::toView, uri));
    }

    /** An ISO-8601 instant, or null when absent; anything else is a 400 naming the parameter. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalid(name, "must be an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
        }
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
