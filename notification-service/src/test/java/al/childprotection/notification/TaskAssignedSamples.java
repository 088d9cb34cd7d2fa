package al.childprotection.notification;

import java.time.Instant;
import java.util.UUID;

import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;

/** task.assigned payloads as case-service publishes them on case.events (keyed by case id). */
final class TaskAssignedSamples {

    private TaskAssignedSamples() {
    }

    static TaskAssigned firstContact(String assignee, Priority priority, Instant dueAt) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-tirane", "Tiranë",
                "FIRST_CONTACT", assignee, false, priority, dueAt, Instant.now());
    }

    /** The same task, assigned to its assignee as the CPU's supervisor (no worker was available). */
    static TaskAssigned toTheSupervisor(TaskAssigned task) {
        return new TaskAssigned(task.taskId(), task.caseId(), task.referralId(), task.cpuCode(), task.municipality(),
                task.kind(), task.assignee(), true, task.priority(), task.dueAt(), task.assignedAt());
    }

    /** A second task of the same case: same Kafka key, so it is consumed after every earlier record of the case. */
    static TaskAssigned anotherTaskOfTheSameCase(TaskAssigned task) {
        return new TaskAssigned(UUID.randomUUID(), task.caseId(), task.referralId(), task.cpuCode(),
                task.municipality(), "HOME_VISIT", task.assignee(), false, task.priority(), task.dueAt(),
                Instant.now());
    }

    /** The correlation id the event carries: the intake the task stems from. */
    static String correlationId(TaskAssigned task) {
        return "intake-" + task.referralId();
    }
}
