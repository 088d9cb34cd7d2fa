package al.childprotection.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.intake.domain.Intake;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {

    public Uni<Intake> findByIdempotencyKey(String stationCode, String idempotencyKey) {
        return find("stationCode = ?1 and idempotencyKey = ?2", stationCode, idempotencyKey).firstResult();
    }

    public Uni<List<Intake>> listForStation(String stationCode, int limit) {
        return find("stationCode", Sort.descending("recordedAt"), stationCode).page(0, limit).list();
    }
}
