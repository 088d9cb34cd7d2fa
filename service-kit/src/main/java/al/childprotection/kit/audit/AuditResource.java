package al.childprotection.kit.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Who read, changed or tried to reach a child's records in this service, for SARPC (every municipality) and for a
 * CPU supervisor (records of children their municipality is responsible for). Every service that uses the kit
 * offers it. Ask for one child ({@code child}), the refused attempts ({@code outcome=REFUSED}), the accesses by
 * anyone outside the record's municipality ({@code outside=true}), or a combination; pages follow {@code Link}.
 */
@Path("/audit")
@RolesAllowed({ "cpu-supervisor", "sarpc-analyst" })
public class AuditResource {

    private final AuditRecords records;
    private final Caller caller;

    AuditResource(AuditRecords records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    /** {@code child}: the id of an intake, referral, case or child; the records oldest first. */
    @GET
    public Uni<RestResponse<List<AuditView>>> find(@QueryParam("child") @Size(min = 1, max = 100) String child,
            @QueryParam("outcome") @Pattern(regexp = "DONE|REFUSED") String outcome,
            @QueryParam("outside") @DefaultValue("false") boolean outside,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit, @Context UriInfo uri) {
        String named = child == null ? null : child.strip();
        if (named != null && named.isEmpty() || named == null && outcome == null && !outside) {
            throw RequestRejectedException.invalid("child",
                    "name a child, or ask for the refused attempts (outcome=REFUSED) or outside=true");
        }
        String municipality = caller.hasRole("sarpc-analyst") ? null : caller.requireMunicipality();
        AuditRecords.Filter filter = new AuditRecords.Filter(named, outcome, outside, municipality);
        return records.find(filter, after, limit).map(rows -> {
            List<AuditView> page = rows.stream().map(AuditView::of).toList();
            RestResponse.ResponseBuilder<List<AuditView>> response = RestResponse.ResponseBuilder.ok(page);
            if (page.size() == limit) {
                response.header("Link", "<" + uri.getRequestUriBuilder()
                        .replaceQueryParam("after", page.get(page.size() - 1).position()).build() + ">; rel=\"next\"");
            }
            return response.build();
        });
    }
}
