package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.CaseRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CaseRecordRepository implements PanacheRepositoryBase<CaseRecord, UUID> {

    public Uni<List<CaseRecord>> ofCase(UUID caseId) {
        return find("caseId", Sort.ascending("recordedAt"), caseId).list();
    }
}
