-- An overdue task still not done a window after task.overdue goes to SARPC (task.escalated, OVERDUE), once.
alter table follow_up_task add column overdue_escalated_at timestamptz;
create index follow_up_task_overdue_escalate on follow_up_task (overdue_at)
    where overdue_at is not null and overdue_escalated_at is null and status in ('OPEN', 'IN_PROGRESS');
