package al.childprotection.casework.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.RosterMember;
import al.childprotection.casework.repository.RosterRepository;
import io.smallrye.mutiny.Uni;

/**
 * Who gets a follow-up task: the worker already on the child's open case (continuity), otherwise the CPU's worker
 * with the fewest open tasks, otherwise the CPU's supervisor; with nobody at all, nobody (the task waits unassigned
 * and is announced). Work only a supervisor can do goes to the supervisor, or to nobody. The roster is the
 * directory's (decision 19).
 */
@ApplicationScoped
public class TaskAssignment {

    public record Choice(String assignee, boolean supervisor) {
        static final Choice NOBODY = new Choice(null, false);

        public boolean nobody() {
            return assignee == null;
        }
    }

    private final RosterRepository roster;

    TaskAssignment(RosterRepository roster) {
        this.roster = roster;
    }

    public Uni<Choice> choose(ProtectionCase protectionCase) {
        Uni<RosterMember> continuity = protectionCase.worker == null
                ? Uni.createFrom().nullItem()
                : roster.findById(protectionCase.worker).map(w -> w != null && w.activeIn(protectionCase.cpuCode)
                        ? w : null);
        return continuity.chain(current -> current != null
                ? Uni.createFrom().item(new Choice(current.username, current.supervisor()))
                : leastBusyOrSupervisor(protectionCase.cpuCode));
    }

    /** A task that waited (nobody could take it), or one whose assignee left: by its kind, as when it was made. */
    public Uni<Choice> chooseAgain(FollowUpTask task, ProtectionCase protectionCase) {
        return task.kind == FollowUpTask.Kind.CROSS_MUNICIPALITY_MATCH ? supervisorOf(protectionCase)
                : choose(protectionCase);
    }

    /** Work only a supervisor can do (agreeing with another CPU that two records are one child): the supervisor. */
    public Uni<Choice> supervisorOf(ProtectionCase protectionCase) {
        return supervisorOf(protectionCase.cpuCode);
    }

    private Uni<Choice> supervisorOf(String cpuCode) {
        return roster.supervisorOf(cpuCode)
                .map(supervisor -> supervisor == null ? Choice.NOBODY : new Choice(supervisor.username, true));
    }

    private Uni<Choice> leastBusyOrSupervisor(String cpuCode) {
        return roster.byFewestOpenTasks(cpuCode).chain(available -> available.isEmpty()
                ? supervisorOf(cpuCode)
                : Uni.createFrom().item(new Choice(available.get(0).username, false)));
    }
}
