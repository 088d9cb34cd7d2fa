package al.childprotection.kit.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Reads the audit trail: of one child (by the id of any of its records, or by the intake it started from), the
 * refused attempts, the accesses from outside the municipality that holds the record; or any of these together.
 */
@ApplicationScoped
public class AuditRecords {

    /**
     * What to read. {@code child}: null for every child. {@code outcome}: {@code DONE}, {@code REFUSED} or null for
     * both. {@code outside}: only what a person outside the record's municipality did or tried (a service's own work
     * is nobody's access). {@code municipality}: the records held by it, null for every municipality (SARPC).
     */
    public record Filter(String child, String outcome, boolean outside, String municipality) {
    }

    /** Oldest first, from the position after {@code after}. */
    @WithSession
    public Uni<List<AuditRecord>> find(Filter filter, long after, int limit) {
        List<String> where = new ArrayList<>(List.of("position > :after"));
        if (filter.child() != null) {
            where.add("(recordId = :child or intakeId = :child)");
        }
        if (filter.outcome() != null) {
            where.add("outcome = :outcome");
        }
        if (filter.municipality() != null) {
            where.add("recordMunicipality = :municipality");
        }
        if (filter.outside()) {
            where.add("method is not null and recordMunicipality is not null"
                    + " and (actorMunicipality is null or lower(actorMunicipality) <> lower(recordMunicipality))");
        }
        String query = "from AuditRecord where " + String.join(" and ", where) + " order by position";
        return Panache.getSession().chain(session -> {
            var select = session.createSelectionQuery(query, AuditRecord.class).setParameter("after", after);
            if (filter.child() != null) {
                select.setParameter("child", filter.child());
            }
            if (filter.outcome() != null) {
                select.setParameter("outcome", filter.outcome());
            }
            if (filter.municipality() != null) {
                select.setParameter("municipality", AuditTrail.nfc(filter.municipality()));
            }
            return select.setMaxResults(limit).getResultList();
        });
    }
}
