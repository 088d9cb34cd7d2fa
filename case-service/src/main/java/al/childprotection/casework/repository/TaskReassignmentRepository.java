package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.TaskReassignment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TaskReassignmentRepository implements PanacheRepositoryBase<TaskReassignment, UUID> {

    public Uni<List<TaskReassignment>> ofTask(UUID taskId) {
        return find("taskId", Sort.ascending("at"), taskId).list();
    }
}
