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

    public Uni<List<Subscription>> of(String clientId) {
        return list("clientId", Sort.by("createdAt", "id"), clientId);
    }

    /** Active subscriptions whose next attempt is due. */
    public Uni<List<Subscription>> due(Instant now) {
        return list("status = ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2)", Sort.by("createdAt"),
                Status.ACTIVE, now);
    }
}
