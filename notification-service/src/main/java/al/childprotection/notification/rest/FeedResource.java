package al.childprotection.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.paging.Pages;
import al.childprotection.notification.service.FeedService;
import io.smallrye.mutiny.Uni;

/**
 * The ministry feed to pull: the events the calling ministry may read, minimised, in the order the platform learned
 * of them. {@code after} is the caller's own cursor of the last event already read (none: the beginning); any point
 * can be replayed. A cursor of another ministry, or an altered one, is refused naming {@code after}. The body carries
 * {@code next}, where to go on from (now or later, when more has happened); a full page also links it, as every list
 * does, with {@code Link: <...>; rel="next"}.
 */
@Path("/feed")
@RolesAllowed(MinistryFeedRole.ROLE)
public class FeedResource {

    private final FeedService feed;
    private final FeedCaller caller;

    FeedResource(FeedService feed, FeedCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<FeedPage>> page(@QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit, @Context UriInfo uri) {
        return feed.page(caller.subscriber(), after, limit).map(page -> page.events().size() < limit
                ? RestResponse.ok(page)
                // a full page: more may follow at once, as on every list (a feed's next is also where to poll later)
                : RestResponse.ResponseBuilder.ok(page)
                        .header("Link", Pages.nextLink(uri, "after", page.next(), limit)).build());
    }
}
