package al.childprotection.referral.service;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.referral.config.SlaConfig;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.repository.ReferralRepository;
import al.childprotection.referral.repository.ReferralStepRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The acknowledgement SLA: a referral nobody at the CPU has acknowledged by its deadline is escalated to the CPU's
 * supervisor; if another full window passes, to SARPC. Each escalation is a {@code referral.escalated} event.
 */
@ApplicationScoped
public class AcknowledgementClock {

    private static final Logger LOG = Logger.getLogger(AcknowledgementClock.class);

    private final ReferralRepository referrals;
    private final ReferralStepRepository steps;
    private final Outbox outbox;
    private final SlaConfig sla;

    AcknowledgementClock(ReferralRepository referrals, ReferralStepRepository steps, Outbox outbox, SlaConfig sla) {
        this.referrals = referrals;
        this.steps = steps;
        this.outbox = outbox;
        this.sla = sla;
    }

    /**
     * Escalates every referral due for its next level, a batch per transaction, in deadline order. Each batch starts
     * after the last one's keys and holds only referrals that are due, so each is escalated once per level and no
     * number of referrals waiting at one level keeps a newly overdue one from being reached.
     */
    @Scheduled(every = "${platform.sla.check-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> escalateOverdue() {
        return escalateAfter(null, Instant.now())
                .onFailure().invoke(e -> LOG.warnf("SLA check will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> escalateAfter(ReferralRepository.EscalationKey after, Instant now) {
        int batch = sla.escalationBatchSize();
        return Panache.withTransaction(() -> referrals.dueForEscalation(now, windows(), after, batch)
                .call(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(referral -> escalate(referral, now))
                        .collect().last()))
                .chain(due -> due.size() < batch
                        ? Uni.createFrom().voidItem()
                        : escalateAfter(ReferralRepository.EscalationKey.of(due.get(due.size() - 1)), now));
    }

    /** The window after which an escalation to the supervisor goes on to SARPC, per priority. */
    private Map<Priority, Duration> windows() {
        Map<Priority, Duration> windows = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            windows.put(priority, sla.acknowledge().within(priority));
        }
        return windows;
    }

    private Uni<Void> escalate(Referral referral, Instant now) {
        EscalationLevel next = referral.escalationLevel == null ? EscalationLevel.SUPERVISOR : EscalationLevel.SARPC;
        Instant deadline = next == EscalationLevel.SUPERVISOR
                ? referral.acknowledgeBy
                : sla.acknowledge().deadline(referral.acknowledgeBy, referral.priority);
        referral.escalationLevel = next;
        referral.escalatedAt = now;
        return outbox.append(EventType.REFERRAL_ESCALATED, referral.id, new ReferralEscalated(referral.id,
                referral.cpuCode, referral.municipality, referral.priority, next, deadline, now),
                referral.correlationId)
                .chain(() -> steps.persist(ReferralStep.of(referral, referral.status, "platform",
                        "not acknowledged by " + deadline + ": escalated to " + next, now)))
                .replaceWithVoid();
    }
}
