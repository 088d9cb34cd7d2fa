package al.childprotection.casework.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.service.ChildRegistry;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/** A child's record, for the workers of a municipality where the child has a case. */
@Path("/children")
@RolesAllowed({ Roles.CPU_WORKER, Roles.CPU_SUPERVISOR })
public class ChildResource {

    /** What a referral cannot tell and a worker learns: the personal number and the parents' names. */
    public record Particulars(
            @Pattern(regexp = "\\s*[A-Za-z][0-9]{8}[A-Za-z]\\s*",
                    message = "must be a personal number such as J30402123A") String personalNumber,
            @Size(max = 200) String motherName,
            @Size(max = 200) String fatherName) {
    }

    private final ChildRegistry registry;
    private final Caller caller;

    ChildResource(ChildRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    public Uni<ChildView> find(@PathParam("id") UUID id) {
        return registry.read(id, caller).map(ChildMapper::toView);
    }

    /** Records the particulars; a record they prove to be the same child is merged, a likely one proposed. */
    @PUT
    @Path("/{id}/particulars")
    public Uni<ChildView> particulars(@PathParam("id") UUID id, @NotNull @Valid Particulars particulars) {
        return registry.updateParticulars(id, caller, particulars.personalNumber(), particulars.motherName(),
                particulars.fatherName()).chain(child -> registry.find(child.id, caller)).map(ChildMapper::toView);
    }
}
