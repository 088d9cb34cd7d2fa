package al.childprotection.casework.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An open case with no activity for the stale window (14 days) is announced with {@code case.stale}, for its CPU's
 * supervisor, once per quiet period: the case remembers the last activity it announced, and new activity starts a
 * new period. Each look takes a batch, the quietest first; an announced case leaves the query.
 */
@ApplicationScoped
public class StaleCaseClock {

    private static final Logger LOG = Logger.getLogger(StaleCaseClock.class);

    private final ProtectionCaseRepository cases;
    private final Outbox outbox;
    private final Timeline timeline;
    private final SlaConfig sla;

    StaleCaseClock(ProtectionCaseRepository cases, Outbox outbox, Timeline timeline, SlaConfig sla) {
        this.cases = cases;
        this.outbox = outbox;
        this.timeline = timeline;
        this.sla = sla;
    }

    @Scheduled(every = "${platform.sla.stale-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> announceStale() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> cases.quietSince(now.minus(sla.caseStale()), sla.clockBatchSize())
                .chain(quiet -> Multi.createFrom().iterable(quiet)
                        .onItem().transformToUniAndConcatenate(protectionCase -> announce(protectionCase, now))
                        .collect().last()))
                .onFailure().invoke(e -> LOG.warnf("stale check will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> announce(ProtectionCase protectionCase, Instant now) {
        protectionCase.staleActivityAt = protectionCase.lastActivityAt;
        // a clock's entry: the database does not count it as activity (migration V15)
        return timeline.record(protectionCase, "CASE_STALE", Timeline.PLATFORM,
                        "no activity since " + protectionCase.lastActivityAt, now)
                .chain(() -> outbox.append(EventType.CASE_STALE, protectionCase.id,
                        CaseMapper.toStale(protectionCase, now), protectionCase.correlationId));
    }
}
