package al.childprotection.casework.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.RosterMember;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.repository.RosterRepository;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** What the members of a supervisor's CPU have to do, for the supervisor's workload view. */
@ApplicationScoped
public class Workload {

    /** The members of the CPU and the tasks still to do in its municipality. */
    public record Snapshot(List<RosterMember> members, List<FollowUpTask> active) {
    }

    private final RosterRepository workers;
    private final FollowUpTaskRepository tasks;

    Workload(RosterRepository workers, FollowUpTaskRepository tasks) {
        this.workers = workers;
        this.tasks = tasks;
    }

    /** The supervisor's own CPU when the roster knows them, else every CPU of their municipality. */
    @WithSession
    public Uni<Snapshot> of(Caller caller) {
        String municipality = caller.requireMunicipality();
        return workers.findById(caller.username())
                .chain(me -> workers.members(me != null && caller.worksIn(me.municipality) ? me.cpuCode : null,
                        municipality))
                .chain(members -> tasks.activeIn(municipality).map(active -> new Snapshot(members, active)));
    }
}
