-- The lifecycle of a referral: who did what and when, and where its SLA clock stands.
alter table referral
    add column escalation_level text,
    add column escalated_at     timestamptz,
    add column reason           text,
    add column outcome          text;

create index referral_awaiting_acknowledgement on referral (acknowledge_by)
    where status in ('CREATED', 'REDIRECTED');

-- Append-only: every step of every referral, in order.
create table referral_step (
    position    bigint generated always as identity primary key,
    referral_id uuid        not null references referral (id),
    at          timestamptz not null,
    actor       text        not null,
    from_status text,
    to_status   text        not null,
    cpu_code    text        not null,
    note        text
);
create index referral_step_referral on referral_step (referral_id, position);
