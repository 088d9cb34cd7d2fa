package al.childprotection.kit.deadletter;

import java.util.List;

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

import al.childprotection.kit.scope.Roles;
import io.smallrye.common.annotation.Blocking;

/**
 * For platform administrators, in every consuming service: the dead letters of its consumers, and their replay
 * once the cause is fixed (a directory entry added, a consumer upgraded to a new event version).
 */
@Path("/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DeadLetterResource {

    public record Replay(String topic, int replayed) {
    }

    private final DeadLetters deadLetters;
    private final DeadLetterDepth depth;

    DeadLetterResource(DeadLetters deadLetters, DeadLetterDepth depth) {
        this.deadLetters = deadLetters;
        this.depth = depth;
    }

    @GET
    public List<DeadLetterQueue> list(@QueryParam("limit") @DefaultValue("50") @Min(0) @Max(500) int limit) {
        return deadLetters.queues(limit);
    }

    @GET
    @Path("/{topic}")
    public DeadLetterQueue queue(@PathParam("topic") String topic,
            @QueryParam("limit") @DefaultValue("50") @Min(0) @Max(500) int limit) {
        return deadLetters.queue(topic, limit);
    }

    /** Sends every letter not replayed yet back to its source topic, in order. */
    @POST
    @Path("/{topic}/replay")
    public Replay replay(@PathParam("topic") String topic) {
        int replayed = deadLetters.replay(topic);
        depth.refresh(topic);
        return new Replay(topic, replayed);
    }
}
