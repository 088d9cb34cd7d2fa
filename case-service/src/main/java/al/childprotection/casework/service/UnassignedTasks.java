package al.childprotection.casework.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.contracts.EventType;
import al.childprotection.kit.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * A task nobody can take is never only a log line: it waits unassigned, {@code task.unassigned} tells SARPC and the
 * CPU's supervisor at once, and it is escalated if still nobody's after 3 h (1 h for a child at high risk). In the
 * caller's transaction.
 */
@ApplicationScoped
public class UnassignedTasks {

    private final Outbox outbox;
    private final Timeline timeline;
    private final SlaConfig sla;

    UnassignedTasks(Outbox outbox, Timeline timeline, SlaConfig sla) {
        this.outbox = outbox;
        this.timeline = timeline;
        this.sla = sla;
    }

    /** Leaves {@code task} (already stored) unassigned and announces it; {@code why} goes on the timeline. */
    public Uni<Void> leave(FollowUpTask task, ProtectionCase protectionCase, String correlationId, String why,
            Instant now) {
        task.status = FollowUpTask.Status.UNASSIGNED;
        task.assignee = null;
        task.assignedToSupervisor = false;
        task.escalateAt = now.plus(escalationWindow(protectionCase));
        task.unassignedEscalatedAt = null;
        return timeline.record(protectionCase, "TASK_UNASSIGNED", Timeline.PLATFORM,
                        task.kind + ": " + why + "; escalated at " + task.escalateAt, now)
                .chain(() -> outbox.append(EventType.TASK_UNASSIGNED, protectionCase.id,
                        CaseMapper.toUnassigned(task, protectionCase, now), correlationId));
    }

    private Duration escalationWindow(ProtectionCase protectionCase) {
        return protectionCase.highRisk() ? sla.unassignedEscalationHighRisk() : sla.unassignedEscalation();
    }
}
