package al.childprotection.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralEscalated;

/** referral.escalated payloads as referral-service publishes them on referral.events (keyed by referral id). */
final class EscalationSamples {

    private EscalationSamples() {
    }

    /** The first escalation of a new referral of a CPU: to its supervisor. */
    static ReferralEscalated toTheSupervisor(String cpuCode, String municipality, Priority priority, Instant deadline) {
        return new ReferralEscalated(UUID.randomUUID(), cpuCode, municipality, priority, EscalationLevel.SUPERVISOR,
                deadline, deadline.plus(Duration.ofMinutes(1)));
    }

    /** The same referral, still not acknowledged one window later: to SARPC. */
    static ReferralEscalated toSarpc(ReferralEscalated first, Duration window) {
        Instant deadline = first.deadline().plus(window);
        return new ReferralEscalated(first.referralId(), first.cpuCode(), first.municipality(), first.priority(),
                EscalationLevel.SARPC, deadline, deadline.plus(Duration.ofMinutes(1)));
    }

    /** The correlation id the event carries: the intake the referral stems from. */
    static String correlationId(ReferralEscalated escalation) {
        return "intake-" + escalation.referralId();
    }
}
