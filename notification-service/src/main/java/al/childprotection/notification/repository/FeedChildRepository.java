package al.childprotection.notification.repository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.FeedChild;
import al.childprotection.notification.domain.FeedLink;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The children behind the feed and the links from intakes, referrals, cases and placements to them. */
@ApplicationScoped
public class FeedChildRepository implements PanacheRepositoryBase<FeedChild, String> {

    /** The child of the first of these ids that is linked to one, or null. */
    public Uni<String> childOfFirstKnown(List<UUID> ids) {
        return getSession().chain(session -> session
                .createSelectionQuery("from FeedLink where aggregateId in :ids", FeedLink.class)
                .setParameter("ids", ids)
                .getResultList())
                .map(links -> {
                    Map<UUID, String> byId = links.stream()
                            .collect(Collectors.toMap(l -> l.aggregateId, l -> l.childKey));
                    return ids.stream().map(byId::get).filter(k -> k != null).findFirst().orElse(null);
                });
    }

    /**
     * Links every id not linked yet to the child; an id keeps the child it was first linked to, even when two
     * topics' consumers link it at the same moment.
     */
    public Uni<Void> link(List<UUID> ids, String childKey) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            chain = chain.chain(() -> getSession().chain(session -> session.createNativeQuery(
                    "insert into feed_link (aggregate_id, child_key) values (:id, :child) on conflict do nothing")
                    .setParameter("id", id)
                    .setParameter("child", childKey)
                    .executeUpdate()))
                    .replaceWithVoid();
        }
        return chain;
    }
}
