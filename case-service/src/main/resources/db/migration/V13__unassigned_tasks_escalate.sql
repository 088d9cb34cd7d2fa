-- A task nobody can take is announced (task.unassigned) and escalated to SARPC if still unassigned at escalate_at:
-- 3 h, 1 h for a child at high risk, so the case keeps the highest risk its referrals named.
alter table protection_case add column risk_level text check (risk_level in ('LOW', 'MEDIUM', 'HIGH'));
alter table follow_up_task add column escalate_at timestamptz;
-- set by the escalation clock when it publishes task.escalated (UNASSIGNED): never twice for one wait
alter table follow_up_task add column unassigned_escalated_at timestamptz;
create index follow_up_task_escalate on follow_up_task (escalate_at)
    where status = 'UNASSIGNED' and unassigned_escalated_at is null;
