package al.childprotection.kit.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Reads the audit trail of one child: by the id of any of its records, or by the intake it started from. */
@ApplicationScoped
public class AuditRecords {

    /** Oldest first; {@code municipality} null for every municipality. */
    @WithSession
    public Uni<List<AuditRecord>> ofChild(String child, String municipality, int limit) {
        String query = "from AuditRecord where (recordId = :child or intakeId = :child)"
                + (municipality == null ? "" : " and recordMunicipality = :municipality")
                + " order by position";
        return Panache.getSession().chain(session -> {
            var select = session.createSelectionQuery(query, AuditRecord.class).setParameter("child", child);
            if (municipality != null) {
                select.setParameter("municipality", AuditTrail.nfc(municipality));
            }
            return select.setMaxResults(limit).getResultList();
        });
    }
}
