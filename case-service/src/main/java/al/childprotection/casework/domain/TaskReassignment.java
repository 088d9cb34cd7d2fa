package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supervisor moved a task to another worker: from whom, to whom, by whom, why. Never changed. */
@Entity
@Table(name = "task_reassignment")
public class TaskReassignment {

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "from_assignee")
    public String fromAssignee;

    @Column(name = "to_assignee")
    public String toAssignee;

    @Column(name = "reassigned_by")
    public String reassignedBy;

    public String reason;

    public Instant at;
}
