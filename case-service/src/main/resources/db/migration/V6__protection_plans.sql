-- Individual Protection Plans: goals, services and the agencies responsible, with a review date. The worker
-- submits, the supervisor approves (each item becomes a task) or returns it with comments.
create table protection_plan (
    id           uuid primary key,
    case_id      uuid        not null references protection_case (id),
    status       text        not null check (status in ('SUBMITTED', 'APPROVED', 'RETURNED')),
    review_date  date        not null,
    submitted_by text        not null,
    submitted_at timestamptz not null,
    decided_by   text,
    decided_at   timestamptz,
    comments     text
);
create index protection_plan_case on protection_plan (case_id, submitted_at);

create table plan_item (
    id                 uuid primary key,
    plan_id            uuid not null references protection_plan (id),
    position           integer not null,
    goal               text not null,
    service            text not null,
    responsible_agency text not null,
    due_date           date not null,
    task_id            uuid references follow_up_task (id)
);
create index plan_item_plan on plan_item (plan_id, position);
