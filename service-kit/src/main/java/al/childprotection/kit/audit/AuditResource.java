package al.childprotection.kit.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Who read, changed or tried to reach a child's records in this service, for SARPC (every municipality) and for a
 * CPU supervisor (records of children their municipality is responsible for). Every service that uses the kit
 * offers it. Ask for one child ({@code child}), the refused attempts ({@code outcome=REFUSED}), the accesses by
 * anyone outside the record's municipality ({@code outside=true}), or a combination; pages follow {@code Link}
 * ({@code cursor}, {@code limit} up to 500).
 */
@Path("/audit")
@RolesAllowed({ Roles.CPU_SUPERVISOR, Roles.SARPC })
public class AuditResource {

    private final AuditRecords records;
    private final Caller caller;

    AuditResource(AuditRecords records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    /** {@code child}: the id of an intake, referral, case or child; the records oldest first (by position). */
    @GET
    public Uni<RestResponse<List<AuditView>>> find(@QueryParam("child") @Size(min = 1, max = 100) String child,
            @QueryParam("outcome") @Pattern(regexp = "DONE|REFUSED") String outcome,
            @QueryParam("outside") @DefaultValue("false") boolean outside,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        String named = child == null ? null : child.strip();
        if (named != null && named.isEmpty() || named == null && outcome == null && !outside) {
            throw RequestRejectedException.invalid("child",
                    "name a child, or ask for the refused attempts (outcome=REFUSED) or outside=true");
        }
        int size = Pages.limit(limit);
        PageCursor from = PageCursor.read(cursor, 1);
        long after = from == null ? 0 : from.number(0);
        String municipality = caller.hasRole(Roles.SARPC) ? null : caller.requireMunicipality();
        AuditRecords.Filter filter = new AuditRecords.Filter(named, outcome, outside, municipality);
        return records.find(filter, after, Pages.fetchSize(size)).map(rows -> Pages.of(rows, size,
                row -> PageCursor.of(row.position), AuditView::of, uri));
    }
}
