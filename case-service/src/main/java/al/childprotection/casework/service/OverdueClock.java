package al.childprotection.casework.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A task not done by its due time is announced once with {@code task.overdue} (notification-service tells the
 * assignee's supervisor) and written on the timeline. The task remembers when, so a later look skips it.
 */
@ApplicationScoped
public class OverdueClock {

    private static final Logger LOG = Logger.getLogger(OverdueClock.class);

    private final FollowUpTaskRepository tasks;
    private final ProtectionCaseRepository cases;
    private final Outbox outbox;
    private final Timeline timeline;
    private final SlaConfig sla;

    OverdueClock(FollowUpTaskRepository tasks, ProtectionCaseRepository cases, Outbox outbox, Timeline timeline,
            SlaConfig sla) {
        this.sla = sla;
        this.tasks = tasks;
        this.cases = cases;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    @Scheduled(every = "${platform.sla.overdue-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> announceOverdue() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> tasks.overdueUnannounced(now, sla.clockBatchSize())
                .chain(overdue -> Multi.createFrom().iterable(overdue)
                        .onItem().transformToUniAndConcatenate(task -> announce(task, now))
                        .collect().last()))
                .onFailure().invoke(e -> LOG.warnf("overdue check will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> announce(FollowUpTask task, Instant now) {
        task.overdueAt = now;
        return cases.findById(task.caseId).chain(protectionCase -> {
            Uni<Void> recorded = timeline.record(protectionCase, "TASK_OVERDUE", Timeline.PLATFORM,
                    task.kind + " due " + task.dueAt, now);
            if (task.assignee == null) {
                // task.overdue names an assignee; an unassigned task was announced with task.unassigned and has
                // its own escalation (EscalationClock)
                return recorded;
            }
            return recorded.chain(() -> outbox.append(EventType.TASK_OVERDUE, protectionCase.id,
                    CaseMapper.toOverdue(task, protectionCase, now), protectionCase.correlationId));
        });
    }
}
