-- Task lifecycle: open -> in progress -> completed | cancelled (with a reason); overdue noticed once per task.
alter table follow_up_task add column started_at timestamptz;
alter table follow_up_task add column completed_at timestamptz;
alter table follow_up_task add column completed_by text;
alter table follow_up_task add column cancelled_at timestamptz;
alter table follow_up_task add column cancelled_by text;
alter table follow_up_task add column cancel_reason text;
-- set by the overdue clock when it publishes task.overdue: never twice for one task
alter table follow_up_task add column overdue_at timestamptz;
-- what a task that does not come from a referral asks (a plan item, a meeting decision)
alter table follow_up_task add column title text;
alter table follow_up_task add constraint follow_up_task_status
    check (status in ('OPEN', 'UNASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'));

-- One referral still gives one task of each kind it causes; tasks of plans and records may be many.
alter table follow_up_task drop constraint follow_up_task_once;
create unique index follow_up_task_once on follow_up_task (referral_id, kind)
    where kind in ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'RISK_ASSESSMENT');
create index follow_up_task_due on follow_up_task (due_at) where overdue_at is null
    and status in ('OPEN', 'UNASSIGNED', 'IN_PROGRESS');

-- Who moved a task from whom to whom, and why. Append-only.
create table task_reassignment (
    id            uuid primary key,
    task_id       uuid        not null references follow_up_task (id),
    from_assignee text,
    to_assignee   text        not null,
    reassigned_by text        not null,
    reason        text        not null,
    at            timestamptz not null
);
create index task_reassignment_task on task_reassignment (task_id, at);
create rule task_reassignment_no_update as on update to task_reassignment do instead nothing;
create rule task_reassignment_no_delete as on delete to task_reassignment do instead nothing;
