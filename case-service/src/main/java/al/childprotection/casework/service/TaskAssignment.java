package al.childprotection.casework.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.CpuWorker;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.repository.CpuWorkerRepository;
import io.smallrye.mutiny.Uni;

/**
 * Who gets a follow-up task: the worker already on the child's open case (continuity), otherwise the CPU's worker
 * with the fewest open tasks, otherwise the CPU's supervisor; with nobody at all, nobody (the task waits, flagged).
 */
@ApplicationScoped
public class TaskAssignment {

    public record Choice(String assignee, boolean supervisor) {
        static final Choice NOBODY = new Choice(null, false);
    }

    private final CpuWorkerRepository workers;

    TaskAssignment(CpuWorkerRepository workers) {
        this.workers = workers;
    }

    public Uni<Choice> choose(ProtectionCase protectionCase) {
        Uni<CpuWorker> continuity = protectionCase.worker == null
                ? Uni.createFrom().nullItem()
                : workers.findById(protectionCase.worker).map(w -> w != null && w.active ? w : null);
        return continuity.chain(current -> current != null
                ? Uni.createFrom().item(new Choice(current.username, current.role == CpuWorker.Role.SUPERVISOR))
                : leastBusyOrSupervisor(protectionCase.cpuCode));
    }

    /** Work only a supervisor can do (agreeing with another CPU that two records are one child): the supervisor. */
    public Uni<Choice> supervisorOf(ProtectionCase protectionCase) {
        return workers.supervisorOf(protectionCase.cpuCode)
                .map(supervisor -> supervisor == null ? Choice.NOBODY : new Choice(supervisor.username, true));
    }

    private Uni<Choice> leastBusyOrSupervisor(String cpuCode) {
        return workers.byFewestOpenTasks(cpuCode).chain(available -> available.isEmpty()
                ? workers.supervisorOf(cpuCode)
                        .map(supervisor -> supervisor == null ? Choice.NOBODY : new Choice(supervisor.username, true))
                : Uni.createFrom().item(new Choice(available.get(0).username, false)));
    }
}
