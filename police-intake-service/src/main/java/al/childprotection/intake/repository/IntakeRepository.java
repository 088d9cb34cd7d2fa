package al.childprotection.intake.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.intake.domain.Intake;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {

    public Uni<Intake> findByIdempotencyKey(String stationCode, String idempotencyKey) {
        return find("stationCode = ?1 and idempotencyKey = ?2", stationCode, idempotencyKey).firstResult();
    }

    public Uni<Intake> findByReferral(UUID referralId) {
        return find("referralId", referralId).firstResult();
    }

    /** Newest contact first; {@code from} inclusive and {@code until} exclusive, each only when given. */
    public Uni<List<Intake>> listForStation(String stationCode, Instant from, Instant until, int limit) {
        StringBuilder query = new StringBuilder("stationCode = :station");
        Parameters parameters = Parameters.with("station", stationCode);
        if (from != null) {
            query.append(" and contactAt >= :from");
            parameters.and("from", from);
        }
        if (until != null) {
            query.append(" and contactAt < :until");
            parameters.and("until", until);
        }
        return find(query.toString(), Sort.descending("contactAt").and("id"), parameters).page(0, limit).list();
    }
}
