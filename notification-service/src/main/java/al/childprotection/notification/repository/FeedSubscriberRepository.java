package al.childprotection.notification.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.FeedSubscriber;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FeedSubscriberRepository implements PanacheRepositoryBase<FeedSubscriber, String> {

    /** Records the subscriber with this key unless it is already on record (then its own key stays). */
    public Uni<Void> addIfAbsent(String clientId, byte[] pseudonymKey, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into feed_subscriber (client_id, pseudonym_key, created_at) values (:client, :key, :now)
                on conflict (client_id) do nothing""")
                .setParameter("client", clientId)
                .setParameter("key", pseudonymKey)
                .setParameter("now", now)
                .executeUpdate())
                .replaceWithVoid();
    }
}
