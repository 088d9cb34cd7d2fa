package al.childprotection.casework.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One goal of a plan, the service that serves it and the agency responsible; a task once the plan is approved. */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    @Id
    public UUID id;

    public int position;

    public String goal;

    public String service;

    @Column(name = "responsible_agency")
    public String responsibleAgency;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "task_id")
    public UUID taskId;
}
