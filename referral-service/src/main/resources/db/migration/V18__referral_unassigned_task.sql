-- A task of the referral that nobody in its CPU could take (task.unassigned), until it is assigned.
alter table referral
    add column unassigned_since   timestamptz,
    add column unassigned_task_id uuid;
