-- A case's last activity: the newest entry of its timeline that someone's work or a new fact wrote, not a clock's
-- (overdue, escalated, stale). Kept by the database as the timeline is appended to, so that every writer of the
-- timeline counts, and a clock reads one column.
alter table protection_case add column last_activity_at timestamptz not null default now();
-- the last activity the stale rule announced: once per quiet period
alter table protection_case add column stale_activity_at timestamptz;

update protection_case c set last_activity_at = greatest(c.opened_at, coalesce((select max(t.at) from case_timeline t
    where t.case_id = c.id and t.kind not in ('CASE_STALE', 'TASK_OVERDUE', 'TASK_ESCALATED')), c.opened_at));

create function case_timeline_activity() returns trigger language plpgsql as $$
begin
    if new.kind not in ('CASE_STALE', 'TASK_OVERDUE', 'TASK_ESCALATED') then
        update protection_case set last_activity_at = greatest(last_activity_at, new.at) where id = new.case_id;
    end if;
    return new;
end
$$;
create trigger case_timeline_activity after insert on case_timeline
    for each row execute function case_timeline_activity();

create index protection_case_quiet on protection_case (last_activity_at) where status = 'OPEN';
