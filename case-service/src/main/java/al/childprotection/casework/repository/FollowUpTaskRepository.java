package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FollowUpTaskRepository implements PanacheRepositoryBase<FollowUpTask, UUID> {

    public Uni<FollowUpTask> findFor(UUID referralId, FollowUpTask.Kind kind) {
        return find("referralId = ?1 and kind = ?2", referralId, kind).firstResult();
    }

    public Uni<List<FollowUpTask>> listForAssignee(String assignee, int limit) {
        return find("assignee", Sort.ascending("dueAt"), assignee).page(0, limit).list();
    }

    public Uni<List<FollowUpTask>> listForMunicipality(String municipality, int limit) {
        return find("municipality", Sort.ascending("dueAt"), municipality).page(0, limit).list();
    }

    public Uni<List<FollowUpTask>> listForCase(UUID caseId) {
        return find("caseId", Sort.ascending("dueAt"), caseId).list();
    }

    /** The tasks of a case merged into another go to that case. */
    public Uni<Integer> moveToCase(UUID fromCaseId, UUID toCaseId) {
        return update("caseId = ?1 where caseId = ?2", toCaseId, fromCaseId);
    }
}
