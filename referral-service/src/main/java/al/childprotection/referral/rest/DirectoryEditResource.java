package al.childprotection.referral.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import com.fasterxml.jackson.annotation.JsonRawValue;

import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.DirectoryEdit;
import al.childprotection.referral.service.DirectoryAdministration;
import io.smallrye.mutiny.Uni;

/** Who changed the directory, when, and what the record looked like before and after. */
@Path("/directory/edits")
@RolesAllowed({ Roles.ADMIN, Roles.SARPC })
public class DirectoryEditResource {

    /** {@code before} and {@code after} are the record's JSON snapshots ({@code before} is null on creation). */
    public record EditView(long position, Instant at, String actor, String entity, String code, String action,
            @JsonRawValue String before, @JsonRawValue String after) {
        static EditView of(DirectoryEdit edit) {
            return new EditView(edit.position, edit.at, edit.actor, edit.entity.name(), edit.code,
                    edit.action.name(), edit.before, edit.after);
        }
    }

    private final DirectoryAdministration administration;

    DirectoryEditResource(DirectoryAdministration administration) {
        this.administration = administration;
    }

    /** Newest first; {@code ?code=} narrows to one CPU or police station. */
    @GET
    public Uni<List<EditView>> list(@QueryParam("code") String code,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return administration.edits(code, limit).map(edits -> edits.stream().map(EditView::of).toList());
    }
}
