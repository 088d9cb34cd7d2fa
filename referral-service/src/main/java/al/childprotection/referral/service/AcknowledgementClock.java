package al.childprotection.referral.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.EventType;
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

    @Scheduled(every = "${platform.sla.check-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> escalateOverdue() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> referrals.overdueForAcknowledgement(now, 200)
                .chain(overdue -> Multi.createFrom().iterable(overdue)
                        .onItem().transformToUniAndConcatenate(referral -> escalate(referral, now))
                        .collect().last()))
                .onFailure().invoke(e -> LOG.warnf("SLA check will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> escalate(Referral referral, Instant now) {
        EscalationLevel next = referral.escalationLevel == null ? EscalationLevel.SUPERVISOR : EscalationLevel.SARPC;
        Instant deadline = next == EscalationLevel.SUPERVISOR
                ? referral.acknowledgeBy
                : referral.acknowledgeBy.plus(sla.acknowledge().within(referral.priority));
        if (now.isBefore(deadline)) {
            return Uni.createFrom().voidItem();
        }
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
