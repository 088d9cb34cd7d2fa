package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.kit.paging.PageCursor;
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

    /** The tasks of a case that serve one referral. */
    public Uni<List<FollowUpTask>> listForReferral(UUID caseId, UUID referralId) {
        return find("caseId = ?1 and referralId = ?2", caseId, referralId).list();
    }

    /** The referral's first-contact task at a CPU, made at or after {@code since}: a redirection already taken on. */
    public Uni<FollowUpTask> firstContactSince(UUID referralId, String cpuCode, Instant since) {
        return find("referralId = ?1 and kind = ?2 and createdAt >= ?3 and caseId in "
                + "(select c.id from ProtectionCase c where c.cpuCode = ?4)", referralId,
                FollowUpTask.Kind.FIRST_CONTACT, since, cpuCode).firstResult();
    }

    /** One page of the tasks {@code query} asks for: {@code fetch} rows after the cursor ({@code null}: the first). */
    public Uni<List<FollowUpTask>> page(TaskQuery query, PageCursor after, int fetch) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        condition(where, values, query.municipality(), "municipality = :municipality", "municipality");
        condition(where, values, query.assignee(), "assignee = :assignee", "assignee");
        condition(where, values, query.statuses(), "status in :statuses", "statuses");
        condition(where, values, query.dueBefore(), "dueAt < :dueBefore", "dueBefore");
        condition(where, values, query.createdFrom(), "createdAt >= :createdFrom", "createdFrom");
        condition(where, values, query.createdBefore(), "createdAt < :createdBefore", "createdBefore");
        if (after != null) {
            String beyond = query.newestFirst() ? "<" : ">";
            where.add("(createdAt " + beyond + " :afterCreated or (createdAt = :afterCreated and id " + beyond
                    + " :afterId))");
            values.put("afterCreated", after.instant(0));
            values.put("afterId", after.uuid(1));
        }
        Sort order = query.newestFirst() ? Sort.descending("createdAt", "id") : Sort.ascending("createdAt", "id");
        return find(String.join(" and ", where), order, values).page(0, fetch).list();
    }

    private static void condition(List<String> where, Map<String, Object> values, Object value, String clause,
            String name) {
        if (value != null) {
            where.add(clause);
            values.put(name, value);
        }
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

    /** Tasks still to do in the municipality, for the supervisor's workload view. */
    public Uni<List<FollowUpTask>> activeIn(String municipality) {
        return find("lower(municipality) = lower(?1) and status in ?2", municipality, ACTIVE).list();
    }

    /** Tasks past their due time that the overdue clock has not announced yet. */
    public Uni<List<FollowUpTask>> overdueUnannounced(Instant now, int limit) {
        return find("dueAt < ?1 and overdueAt is null and status in ?2", Sort.ascending("dueAt"), now, ACTIVE)
                .page(0, limit).list();
    }

    /** The member's tasks still to do that are theirs alone to do (open or in progress): what they hand back. */
    public Uni<List<FollowUpTask>> heldBy(String assignee) {
        return find("assignee = ?1 and status in ?2", Sort.ascending("createdAt"), assignee,
                List.of(FollowUpTask.Status.OPEN, FollowUpTask.Status.IN_PROGRESS)).list();
    }

    /** The CPU's tasks that nobody could take, the oldest first: what a member who joins takes. */
    public Uni<List<FollowUpTask>> waitingIn(String cpuCode) {
        return find("status = ?1 and caseId in (select c.id from ProtectionCase c where c.cpuCode = ?2)",
                Sort.ascending("createdAt", "id"), FollowUpTask.Status.UNASSIGNED, cpuCode).list();
    }

    /** Assigned tasks announced overdue before {@code announcedBefore}, not yet escalated, the oldest first. */
    public Uni<List<FollowUpTask>> overduePastEscalation(Instant announcedBefore, int limit) {
        return find("overdueAt <= ?1 and overdueEscalatedAt is null and status in ?2",
                Sort.ascending("overdueAt", "id"), announcedBefore,
                List.of(FollowUpTask.Status.OPEN, FollowUpTask.Status.IN_PROGRESS)).page(0, limit).list();
    }

    /** Tasks nobody took by their escalation time and not yet escalated for it, the longest waiting first. */
    public Uni<List<FollowUpTask>> unassignedPastEscalation(Instant now, int limit) {
        return find("status = ?1 and escalateAt <= ?2 and unassignedEscalatedAt is null",
                Sort.ascending("escalateAt", "id"), FollowUpTask.Status.UNASSIGNED, now).page(0, limit).list();
    }
}
