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
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A task's second breach goes to SARPC with {@code task.escalated}, once: a task nobody took by its escalation time
 * ({@code UNASSIGNED}), or an assigned task still not done a window after it was announced overdue
 * ({@code OVERDUE}), as an unacknowledged referral does. Each look takes a batch, the longest waiting first; a task it escalated is marked and leaves
 * the query, so however many wait, the next look reaches the newer ones.
 */
@ApplicationScoped
public class EscalationClock {

    private static final Logger LOG = Logger.getLogger(EscalationClock.class);

    private final FollowUpTaskRepository tasks;
    private final ProtectionCaseRepository cases;
    private final Outbox outbox;
    private final Timeline timeline;
    private final SlaConfig sla;

    EscalationClock(FollowUpTaskRepository tasks, ProtectionCaseRepository cases, Outbox outbox, Timeline timeline,
            SlaConfig sla) {
        this.tasks = tasks;
        this.cases = cases;
        this.outbox = outbox;
        this.timeline = timeline;
        this.sla = sla;
    }

    @Scheduled(every = "${platform.sla.escalation-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> escalate() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> tasks.unassignedPastEscalation(now, sla.clockBatchSize())
                .chain(waiting -> Multi.createFrom().iterable(waiting)
                        .onItem().transformToUniAndConcatenate(task -> {
                            task.unassignedEscalatedAt = now;
                            return escalate(task, TaskEscalated.Reason.UNASSIGNED, now);
                        })
                        .collect().last())
                .chain(() -> tasks.overduePastEscalation(now.minus(sla.overdueEscalation()), sla.clockBatchSize()))
                .chain(overdue -> Multi.createFrom().iterable(overdue)
                        .onItem().transformToUniAndConcatenate(task -> {
                            task.overdueEscalatedAt = now;
                            return escalate(task, TaskEscalated.Reason.OVERDUE, now);
                        })
                        .collect().last()))
                .onFailure().invoke(e -> LOG.warnf("escalation check will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> escalate(FollowUpTask task, TaskEscalated.Reason reason, Instant now) {
        return cases.findById(task.caseId).chain(protectionCase -> timeline
                .record(protectionCase, "TASK_ESCALATED", Timeline.PLATFORM, task.kind + " to SARPC: " + reason, now)
                .chain(() -> outbox.append(EventType.TASK_ESCALATED, protectionCase.id,
                        CaseMapper.toEscalated(task, protectionCase, reason, now), protectionCase.correlationId)));
    }
}
