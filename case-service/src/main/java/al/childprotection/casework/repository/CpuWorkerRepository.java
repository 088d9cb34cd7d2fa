package al.childprotection.casework.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.CpuWorker;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CpuWorkerRepository implements PanacheRepositoryBase<CpuWorker, String> {

    /** The CPU's active workers, the one with the fewest open tasks first (ties by username, so it is stable). */
    public Uni<List<CpuWorker>> byFewestOpenTasks(String cpuCode) {
        return find("""
                from CpuWorker w where w.cpuCode = ?1 and w.role = ?2 and w.active = true
                order by (select count(t) from FollowUpTask t where t.assignee = w.username and t.status = ?3),
                         w.username""",
                cpuCode, CpuWorker.Role.WORKER, al.childprotection.casework.domain.FollowUpTask.Status.OPEN).list();
    }

    public Uni<CpuWorker> supervisorOf(String cpuCode) {
        return find("cpuCode = ?1 and role = ?2 and active = true order by username", cpuCode,
                CpuWorker.Role.SUPERVISOR).firstResult();
    }
}
