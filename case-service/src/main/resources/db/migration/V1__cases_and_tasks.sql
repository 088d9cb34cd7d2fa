-- The CPU workers who can be given follow-up tasks. Demo roster (the users of deploy/keycloak); in production
-- kept in step with Keycloak.
create table cpu_worker (
    username     text primary key,
    display_name text    not null,
    cpu_code     text    not null,
    municipality text    not null,
    role         text    not null check (role in ('WORKER', 'SUPERVISOR')),
    active       boolean not null default true
);

insert into cpu_worker (username, display_name, cpu_code, municipality, role) values
    ('cpu.tirana.worker1',    'Blerina Kola',   'cpu-tirane', 'Tiranë', 'WORKER'),
    ('cpu.tirana.worker2',    'Dritan Meta',    'cpu-tirane', 'Tiranë', 'WORKER'),
    ('cpu.tirana.supervisor', 'Mirela Dervishi', 'cpu-tirane', 'Tiranë', 'SUPERVISOR'),
    ('cpu.durres.worker',     'Gentian Leka',   'cpu-durres', 'Durrës', 'WORKER'),
    ('cpu.durres.supervisor', 'Valbona Shehu',  'cpu-durres', 'Durrës', 'SUPERVISOR');

create table child (
    id            uuid primary key,
    given_name    text        not null,
    family_name   text        not null,
    date_of_birth date,
    estimated_age integer,
    sex           text        not null,
    match_key     text,
    created_at    timestamptz not null
);
create index child_match_key on child (match_key);

create table protection_case (
    id             uuid primary key,
    child_id       uuid        not null references child (id),
    cpu_code       text        not null,
    municipality   text        not null,
    status         text        not null,
    worker         text,
    opened_at      timestamptz not null,
    correlation_id text
);
create index protection_case_child on protection_case (child_id, status);

create table follow_up_task (
    id                     uuid primary key,
    case_id                uuid        not null references protection_case (id),
    referral_id            uuid        not null,
    kind                   text        not null,
    status                 text        not null,
    priority               text        not null,
    assignee               text,
    assigned_to_supervisor boolean     not null default false,
    due_at                 timestamptz not null,
    created_at             timestamptz not null,
    municipality           text        not null,
    constraint follow_up_task_once unique (referral_id, kind)
);
create index follow_up_task_assignee on follow_up_task (assignee, status);
