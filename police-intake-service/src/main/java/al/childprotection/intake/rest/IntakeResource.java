package al.childprotection.intake.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.intake.mapping.IntakeMapper;
import al.childprotection.intake.repository.IntakeQuery;
import al.childprotection.intake.service.IntakeCorrections;
import al.childprotection.intake.service.IntakeService;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

@Path("/intakes")
@RolesAllowed(Roles.POLICE)
public class IntakeResource {

    private final IntakeService intakes;
    private final IntakeCorrections corrections;
    private final Caller caller;

    IntakeResource(IntakeService intakes, IntakeCorrections corrections, Caller caller) {
        this.intakes = intakes;
        this.corrections = corrections;
        this.caller = caller;
    }

    @POST
    public Uni<Response> record(@NotNull @Valid IntakeRequest request,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        return intakes.recordOnce(request, caller.requirePoliceStation(), caller.username(), idempotencyKey)
                .map(recorded -> Response.created(URI.create("/intakes/" + recorded.intake().id))
                        .header("Idempotency-Replayed", recorded.replayed())
                        .entity(IntakeMapper.toView(recorded.intake()))
                        .build());
    }

    /** The whole intake again, corrected; the same body as POST. A body equal to the intake changes nothing. */
    @PUT
    @Path("/{id}")
    public Uni<IntakeView> correct(@PathParam("id") UUID id, @NotNull @Valid IntakeRequest request) {
        return corrections.correct(id, request, caller.requirePoliceStation(), caller.username())
                .map(IntakeMapper::toView);
    }

    @GET
    @Path("/{id}")
    public Uni<IntakeView> find(@PathParam("id") UUID id) {
        return intakes.read(id, caller.requirePoliceStation()).map(IntakeMapper::toView);
    }

    @GET
    @Operation(summary = "The caller's station's intakes, a page at a time",
            description = "Newest contact first, by contact time then id (both descending): a stable order, so an "
                    + "intake recorded while the list is paged through never makes another appear twice or not at "
                    + "all (a correction that changes an intake's contact time moves it in the order). One page per "
                    + "answer, `limit` (1..500, default 50) intakes; while more follow, a `Link: <...>; "
                    + "rel=\"next\"` header gives the next page's address (its `cursor` is opaque). Filters: "
                    + "`referralStatus` (repeatable: the status of the referral the intake led to; an intake whose "
                    + "referral has not arrived yet has none and is left out), `from` and `to` (days of contact, "
                    + "yyyy-mm-dd, Albanian time, both included).")
    public Uni<RestResponse<List<IntakeView>>> listForMyStation(
            @QueryParam("referralStatus") List<String> referralStatus, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam(PageCursor.PARAMETER) String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor after = IntakeQuery.cursor(cursor);
        IntakeQuery query = IntakeFilters.of(caller.requirePoliceStation(), referralStatus, from, to);
        return intakes.page(query, after, size)
                .map(rows -> Pages.of(rows, size, IntakeQuery::cursorOf, IntakeMapper::toView, uri));
    }
}
