package al.childprotection.kit.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Who read or changed a child's records in this service, for SARPC (every municipality) and for a CPU supervisor
 * (records of children their municipality is responsible for). Every service that uses the kit offers it.
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
    public Uni<List<AuditView>> ofChild(@QueryParam("child") @NotBlank @Size(max = 100) String child,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        String municipality = caller.hasRole("sarpc-analyst") ? null : caller.requireMunicipality();
        return records.ofChild(child.strip(), municipality, limit)
                .map(rows -> rows.stream().map(AuditView::of).toList());
    }
}
