package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProtectionCaseRepository implements PanacheRepositoryBase<ProtectionCase, UUID> {

    public Uni<ProtectionCase> findOpen(UUID childId, String cpuCode) {
        return find("childId = ?1 and cpuCode = ?2 and status = ?3", childId, cpuCode, ProtectionCase.Status.OPEN)
                .firstResult();
    }

    /** The child's latest open case (a record is one municipality's, so its cases are all there). */
    public Uni<ProtectionCase> latestOpen(UUID childId) {
        return find("childId = ?1 and status = ?2", Sort.descending("openedAt"), childId, ProtectionCase.Status.OPEN)
                .firstResult();
    }

    public Uni<List<ProtectionCase>> forChild(UUID childId) {
        return find("childId", Sort.ascending("openedAt"), childId).list();
    }

    /** The cases of several children at once (none asked, none read). */
    public Uni<List<ProtectionCase>> forChildren(Collection<UUID> childIds) {
        return childIds.isEmpty() ? Uni.createFrom().item(List.of()) : find("childId in ?1", childIds).list();
    }

    /** Several cases by id, in one query. */
    public Uni<Map<UUID, ProtectionCase>> byId(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : find("id in ?1", ids).list()
                        .map(list -> list.stream().collect(Collectors.toMap(c -> c.id, Function.identity())));
    }

    /** The open cases a referral's first contact was made for: the cases the referral's end may close. */
    public Uni<List<ProtectionCase>> openServing(UUID referralId) {
        return find("status = ?1 and id in "
                + "(select t.caseId from FollowUpTask t where t.referralId = ?2 and t.kind = ?3)",
                ProtectionCase.Status.OPEN, referralId, FollowUpTask.Kind.FIRST_CONTACT).list();
    }

    /** Open cases quiet since before {@code cutoff} whose quiet period was not announced yet, the quietest first. */
    public Uni<List<ProtectionCase>> quietSince(Instant cutoff, int limit) {
        return find("status = ?1 and lastActivityAt < ?2"
                + " and (staleActivityAt is null or staleActivityAt < lastActivityAt)",
                Sort.ascending("lastActivityAt", "id"), ProtectionCase.Status.OPEN, cutoff).page(0, limit).list();
    }
}
