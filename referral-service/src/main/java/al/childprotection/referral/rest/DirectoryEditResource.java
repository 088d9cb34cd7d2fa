package al.childprotection.referral.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonRawValue;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
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

    @GET
    @Operation(summary = "The directory's change log, a page at a time",
            description = "Newest first (by position). `code` narrows to one CPU, police station, agency or member."
                    + " The next page is in the `Link` header (rel=\"next\").")
    public Uni<RestResponse<List<EditView>>> list(@QueryParam("code") @Size(max = 80) String code,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor from = PageCursor.read(cursor, 1);
        return administration.edits(code, from == null ? null : from.number(0), Pages.fetchSize(size))
                .map(rows -> Pages.of(rows, size, edit -> PageCursor.of(edit.position), EditView::of, uri));
    }
}
