package al.childprotection.casework.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.RosterMember;
import al.childprotection.contracts.StaffRole;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RosterRepository implements PanacheRepositoryBase<RosterMember, String> {

    /** The CPU's active workers, the one with the fewest open tasks first (ties by username, so it is stable). */
    public Uni<List<RosterMember>> byFewestOpenTasks(String cpuCode) {
        return find("""
                from RosterMember w where w.cpuCode = ?1 and w.role = ?2 and w.active = true
                order by (select count(t) from FollowUpTask t where t.assignee = w.username and t.status in ?3),
                         w.username""",
                cpuCode, StaffRole.CPU_WORKER, List.of(FollowUpTask.Status.OPEN, FollowUpTask.Status.IN_PROGRESS))
                .list();
    }

    public Uni<RosterMember> supervisorOf(String cpuCode) {
        return find("cpuCode = ?1 and role = ?2 and active = true order by username", cpuCode,
                StaffRole.CPU_SUPERVISOR).firstResult();
    }

    /** The active members of a CPU, or of every CPU of a municipality when {@code cpuCode} is null. */
    public Uni<List<RosterMember>> members(String cpuCode, String municipality) {
        return cpuCode != null
                ? find("cpuCode = ?1 and active = true order by role desc, username", cpuCode).list()
                : find("lower(municipality) = lower(?1) and active = true order by role desc, username", municipality)
                        .list();
    }
}
