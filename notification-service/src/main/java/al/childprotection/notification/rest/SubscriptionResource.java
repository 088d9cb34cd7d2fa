package al.childprotection.notification.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;

import al.childprotection.notification.service.SubscriptionService;
import io.smallrye.mutiny.Uni;

/**
 * A ministry system's push subscriptions: each matching event is POSTed to its callback URL as a structured
 * CloudEvent, signed as Standard Webhooks sign, in order, retried with back-off, paused after repeated failures.
 * A subscriber sees and changes only its own subscriptions: another's is 403, one that does not exist 404. The role
 * is checked before the body is read: a person learns nothing about what a subscription needs.
 */
@Path("/subscriptions")
@RolesAllowed(MinistryFeedRole.ROLE)
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final FeedCaller caller;

    SubscriptionResource(SubscriptionService subscriptions, FeedCaller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    public Uni<Response> subscribe(@NotNull @Valid SubscriptionRequest request) {
        return subscriptions.subscribe(caller.subscriber(), request)
                .map(s -> Response.created(URI.create("/subscriptions/" + s.id())).entity(s).build());
    }

    @GET
    @Operation(summary = "The caller's subscriptions, one page at a time",
            description = "Oldest first: by creation time (createdAt), then by id. The next page is the Link header's "
                    + "rel=\"next\" (cursor, limit up to 500, 50 by default).")
    public Uni<RestResponse<List<SubscriptionView>>> list(@QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = PageCursor.read(cursor, 2);
        if (after != null) {
            after.instant(0);
            after.uuid(1);
        }
        return subscriptions.of(caller.subscriber(), after, Pages.fetchSize(size)).map(rows -> Pages.of(rows, size,
                s -> PageCursor.of(s.createdAt(), s.id()), view -> view, uri));
    }

    @GET
    @Path("/{id}")
    public Uni<SubscriptionView> find(@PathParam("id") UUID id) {
        return subscriptions.find(id, caller.subscriber());
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return subscriptions.delete(id, caller.subscriber()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/pause")
    public Uni<SubscriptionView> pause(@PathParam("id") UUID id) {
        return subscriptions.pause(id, caller.subscriber());
    }

    /** Delivery carries on from the last event delivered. */
    @POST
    @Path("/{id}/resume")
    public Uni<SubscriptionView> resume(@PathParam("id") UUID id) {
        return subscriptions.resume(id, caller.subscriber());
    }
}
