package al.childprotection.intake.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import al.childprotection.intake.mapping.IntakeMapper;
import al.childprotection.intake.service.IntakeCorrections;
import al.childprotection.intake.service.IntakeService;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

@Path("/intakes")
@RolesAllowed("police-psychosocial")
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

    /** The station's intakes, newest contact first; {@code from}/{@code to} are ISO dates of contact, inclusive. */
    @GET
    public Uni<List<IntakeView>> listForMyStation(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return intakes.listForStation(caller.requirePoliceStation(), date("from", from), date("to", to), limit)
                .map(list -> list.stream().map(IntakeMapper::toView).toList());
    }

    /** Parsed here, not by JAX-RS: a query parameter it cannot convert becomes a 404, which would mislead. */
    private static LocalDate date(String parameter, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalid(parameter, parameter + " must be an ISO date such as 2026-11-28");
        }
    }
}
