-- The roster (who takes follow-up tasks) is the directory's view (decision 19): built from directory.events, not
-- seeded. An entry is applied only when it is not older than the one held (changed_at), so replaying the topic from
-- the start rebuilds the same roster. The seeded cpu_worker copy goes.
create table roster_member (
    username     text primary key,
    display_name text,
    role         text        not null check (role in ('CPU_WORKER', 'CPU_SUPERVISOR')),
    cpu_code     text        not null,
    municipality text        not null,
    active       boolean     not null,
    changed_at   timestamptz not null
);
create index roster_member_cpu on roster_member (cpu_code, role, active);

drop table cpu_worker;

-- the CPU's waiting tasks, oldest first, for a member who joins
create index follow_up_task_unassigned on follow_up_task (created_at) where status = 'UNASSIGNED';
