package al.childprotection.referral.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.referral.domain.Referral;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public Uni<Referral> findByIntake(UUID intakeId) {
        return find("intakeId", intakeId).firstResult();
    }

    /**
     * Referrals due for their next escalation: not yet acknowledged, and past the deadline of the level they have
     * not reached (the supervisor at {@code acknowledgeBy}; SARPC a full window of their priority later). Only
     * referrals that are due come back, so referrals waiting at one level never hide newly overdue ones. In
     * deadline order, after the keys {@code after} ({@code null}: from the start).
     */
    public Uni<List<Referral>> dueForEscalation(Instant now, Map<Priority, Duration> windows, EscalationKey after,
            int limit) {
        StringBuilder query = new StringBuilder("status in :waiting and acknowledgeBy < :now"
                + " and (escalationLevel is null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("waiting", List.of(Referral.Status.CREATED, Referral.Status.REDIRECTED));
        parameters.put("now", now);
        parameters.put("supervisor", EscalationLevel.SUPERVISOR);
        for (Map.Entry<Priority, Duration> window : windows.entrySet()) {
            String name = window.getKey().name().toLowerCase();
            query.append(" or (escalationLevel = :supervisor and priority = :").append(name)
                    .append(" and acknowledgeBy < :").append(name).append("Deadline)");
            parameters.put(name, window.getKey());
            parameters.put(name + "Deadline", now.minus(window.getValue()));
        }
        query.append(')');
        if (after != null) {
            query.append(" and (acknowledgeBy > :afterAt or (acknowledgeBy = :afterAt and id > :afterId))");
            parameters.put("afterAt", after.acknowledgeBy());
            parameters.put("afterId", after.id());
        }
        return find(query.toString(), Sort.ascending("acknowledgeBy", "id"), parameters).page(0, limit).list();
    }

    /** Where the acknowledgement clock's next batch starts: after this deadline and id. */
    public record EscalationKey(Instant acknowledgeBy, UUID id) {
        public static EscalationKey of(Referral referral) {
            return new EscalationKey(referral.acknowledgeBy, referral.id);
        }
    }

    /**
     * A page of referrals: {@code rows} after the cursor {@code after} ({@code null}: the first page), newest first
     * (created at, then id, both descending) or the most urgent acknowledgement deadline first (deadline, then id,
     * both ascending).
     */
    public Uni<List<Referral>> list(ReferralFilter filter, boolean mostUrgentFirst, PageCursor after, int rows) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.municipality() != null) {
            query.append(" and municipality = :municipality");
            parameters.put("municipality", filter.municipality());
        }
        if (!filter.statuses().isEmpty()) {
            query.append(" and status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.createdFrom() != null) {
            query.append(" and createdAt >= :createdFrom");
            parameters.put("createdFrom", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            query.append(" and createdAt < :createdBefore");
            parameters.put("createdBefore", filter.createdBefore());
        }
        if (after != null) {
            query.append(mostUrgentFirst
                    ? " and (acknowledgeBy > :afterAt or (acknowledgeBy = :afterAt and id > :afterId))"
                    : " and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            parameters.put("afterAt", after.instant(0));
            parameters.put("afterId", after.uuid(1));
        }
        Sort order = mostUrgentFirst ? Sort.ascending("acknowledgeBy", "id") : Sort.descending("createdAt", "id");
        return find(query.toString(), order, parameters).page(0, rows).list();
    }

    /** Where the page after {@code referral} starts, in the list's order. */
    public static PageCursor cursorOf(Referral referral, boolean mostUrgentFirst) {
        return PageCursor.of(mostUrgentFirst ? referral.acknowledgeBy : referral.createdAt, referral.id);
    }

    /** The number of keys in a cursor of this list. */
    public static final int CURSOR_KEYS = 2;

    /**
     * Which referrals a list holds: of a municipality ({@code null}: every one, for SARPC), of some statuses (none:
     * every status), created in {@code [createdFrom, createdBefore)} (either end open when null).
     */
    public record ReferralFilter(String municipality, Set<Referral.Status> statuses, Instant createdFrom,
            Instant createdBefore) {
    }
}
