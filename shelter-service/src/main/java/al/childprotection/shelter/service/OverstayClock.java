package al.childprotection.shelter.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.shelter.config.StayConfig;
import al.childprotection.shelter.domain.Placement;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.repository.PlacementRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A child still in the shelter past the end of the stay (72 h, or the end its extensions set, at most 11 days) is
 * announced with {@code placement.overstayed}, for the shelter's staff and the CPU, once per stay end: the stay
 * remembers the end it announced, and an extension sets a new end that may be announced in its turn. Each look
 * takes a batch, the longest past its end first; an announced stay leaves the query, so however many wait, the
 * next look reaches the others.
 */
@ApplicationScoped
public class OverstayClock {

    private static final Logger LOG = Logger.getLogger(OverstayClock.class);

    private final PlacementRepository placements;
    private final Outbox outbox;
    private final StayConfig stay;

    OverstayClock(PlacementRepository placements, Outbox outbox, StayConfig stay) {
        this.placements = placements;
        this.outbox = outbox;
        this.stay = stay;
    }

    @Scheduled(every = "${platform.shelter.overstay-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> announceOverstays() {
        Instant now = StoredTime.now();
        return Panache.withTransaction(() -> placements.overstayedUnannounced(now, stay.clockBatchSize())
                .chain(overstayed -> Multi.createFrom().iterable(overstayed)
                        .onItem().transformToUniAndConcatenate(placement -> announce(placement, now))
                        .collect().last()))
                .onFailure().invoke(e -> LOG.warnf("overstay check will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> announce(Placement placement, Instant now) {
        placement.overstayAnnouncedFor = placement.stayEndsAt;
        return outbox.append(EventType.PLACEMENT_OVERSTAYED, placement.id, PlacementMapper.toOverstayed(placement, now),
                placement.correlationId);
    }
}
