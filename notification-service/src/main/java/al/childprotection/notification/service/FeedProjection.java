package al.childprotection.notification.service;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.notification.domain.FeedChild;
import al.childprotection.notification.domain.FeedEntry;
import al.childprotection.contracts.AgeBand;
import al.childprotection.notification.mapping.FeedFacts;
import al.childprotection.notification.repository.FeedChildRepository;
import al.childprotection.notification.repository.FeedRepository;
import io.smallrye.mutiny.Uni;

/**
 * Writes every event of every topic into the ministry feed, reduced to what may leave: the child becomes a key
 * that never leaves the service, an age band, a sex and a municipality. Runs in the consuming transaction of the
 * event (IdempotentConsumer), so an event gives one entry, once.
 * <p>
 * The child of an event is found through the ids it carries: an intake starts a chain, its referral, case and
 * placements join it. An event whose chain is not known yet (a case event read before its referral) starts the
 * chain with its most upstream id, and the events that follow join that one: nothing waits, nothing is dropped.
 */
@ApplicationScoped
public class FeedProjection {

    private final FeedChildRepository children;
    private final FeedRepository feed;

    FeedProjection(FeedChildRepository children, FeedRepository feed) {
        this.children = children;
        this.feed = feed;
    }

    public Uni<Void> record(CloudEvent event) {
        Optional<EventType> type = EventType.ofCeType(event.type());
        if (type.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (FeedFacts.NOT_IN_THE_FEED.contains(type.get())) {
            return Uni.createFrom().voidItem();
        }
        FeedFacts facts = FeedFacts.of(EventPayloads.decode(event, type.get().payload()));
        if (facts == null) {
            // a type of the contracts the feed has not decided about: never dropped in silence
            return Uni.createFrom().failure(new IllegalArgumentException("the ministry feed neither minimises nor "
                    + "ignores " + event.type()));
        }
        Instant at = facts.at() != null ? facts.at() : event.time() != null ? event.time() : now();
        if (!facts.aboutAChild()) {
            return append(event, null, null, facts.municipality(), at);
        }
        return children.childOfFirstKnown(facts.ids())
                .map(known -> known != null ? known : facts.ids().get(0).toString())
                .call(childKey -> children.link(facts.ids(), childKey))
                .chain(childKey -> learn(childKey, facts))
                .chain(child -> append(event, child, child.residenceMunicipality, facts.municipality(), at));
    }

    /** The child on record, updated with what this event says of them (a correction replaces what was known). */
    private Uni<FeedChild> learn(String childKey, FeedFacts facts) {
        return children.findById(childKey).chain(known -> {
            FeedChild child = known;
            if (child == null) {
                child = new FeedChild();
                child.childKey = childKey;
            }
            ChildSummary summary = facts.child();
            if (summary != null) {
                child.dateOfBirth = summary.dateOfBirth();
                child.estimatedAge = summary.estimatedAge();
                child.sex = summary.sex();
            }
            if (facts.residence() != null && !facts.residence().isBlank()) {
                child.residenceMunicipality = facts.residence();
            }
            return known == null ? children.persist(child) : Uni.createFrom().item(child);
        });
    }

    private Uni<Void> append(CloudEvent event, FeedChild child, String residence, String municipality, Instant at) {
        FeedEntry entry = new FeedEntry();
        entry.eventId = event.id();
        entry.eventType = event.type();
        entry.occurredAt = StoredTime.of(at);
        entry.recordedAt = now();
        entry.municipality = municipality != null && !municipality.isBlank() ? municipality : residence;
        if (child != null) {
            entry.childKey = child.childKey;
            entry.ageBand = AgeBand.of(child.dateOfBirth, child.estimatedAge, at);
            entry.sex = child.sex == null ? "UNKNOWN" : child.sex.name();
        }
        return feed.appendInCommitOrder(entry);
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
