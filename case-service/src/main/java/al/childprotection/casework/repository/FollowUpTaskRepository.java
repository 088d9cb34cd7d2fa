package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FollowUpTaskRepository implements PanacheRepositoryBase<FollowUpTask, UUID> {

    private static final List<FollowUpTask.Status> ACTIVE = List.of(FollowUpTask.Status.OPEN,
            FollowUpTask.Status.UNASSIGNED, FollowUpTask.Status.IN_PROGRESS);

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

    /** The referrals that lead to the child's record: those of the first-contact tasks of its cases. */
    public Uni<List<UUID>> referralsOfChild(UUID childId) {
        return find("kind = ?1 and caseId in (select c.id from ProtectionCase c where c.childId = ?2)",
                FollowUpTask.Kind.FIRST_CONTACT, childId).list()
                .map(list -> list.stream().map(t -> t.referralId).distinct().toList());
    }

    /** The referrals a case serves: those of its first-contact tasks. */
    public Uni<List<UUID>> referralsOfCase(UUID caseId) {
        return find("kind = ?1 and caseId = ?2", FollowUpTask.Kind.FIRST_CONTACT, caseId).list()
                .map(list -> list.stream().map(t -> t.referralId).distinct().toList());
    }

    /** The tasks serving one referral go with it to another case. */
    public Uni<Integer> moveReferral(UUID referralId, UUID fromCaseId, UUID toCaseId) {
        return update("caseId = ?1 where referralId = ?2 and caseId = ?3", toCaseId, referralId, fromCaseId);
    }

    /** The tasks of a case merged into another go to that case. */
    public Uni<Integer> moveToCase(UUID fromCaseId, UUID toCaseId) {
        return update("caseId = ?1 where caseId = ?2", toCaseId, fromCaseId);
    }

    /** The assignee's tasks still to do, the soonest due first: their inbox. */
    public Uni<List<FollowUpTask>> inboxOf(String assignee, int limit) {
        return find("assignee = ?1 and status in ?2", Sort.ascending("dueAt"), assignee, ACTIVE).page(0, limit)
                .list();
    }

    /** Tasks still to do in the municipality, for the supervisor's workload view. */
    public Uni<List<FollowUpTask>> activeIn(String municipality) {
        return find("lower(municipality) = lower(?1) and status in ?2", municipality, ACTIVE).list();
    }

    /** Tasks past their due time that the overdue clock has not announced yet. */
    public Uni<List<FollowUpTask>> overdueUnannounced(Instant now, int limit) {
        return find("dueAt < ?1 and overdueAt is null and status in ?2", Sort.ascending("dueAt"), now, ACTIVE)
                .page(0, limit).list();
    }
}
