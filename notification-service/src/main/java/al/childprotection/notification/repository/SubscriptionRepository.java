package al.childprotection.notification.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.domain.Subscription.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    /** A subscriber's subscriptions, oldest first (by creation time, then id), after the one given (or from the first). */
    public Uni<List<Subscription>> of(String clientId, Instant afterTime, UUID afterId, int limit) {
        return (afterTime == null
                ? find("clientId = ?1", Sort.by("createdAt", "id"), clientId)
                : find("clientId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3))", Sort.by("createdAt", "id"),
                        clientId, afterTime, afterId))
                .page(0, limit).list();
    }

    /** Active subscriptions whose next attempt is due. */
    public Uni<List<Subscription>> due(Instant now) {
        return list("status = ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2)", Sort.by("createdAt"),
                Status.ACTIVE, now);
    }
}
