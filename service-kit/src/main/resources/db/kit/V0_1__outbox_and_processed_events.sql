-- Shared by every service: the transactional outbox and the processed-event log of idempotent consumers.
create table outbox_event (
    position       bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    source         text        not null,
    correlation_id text,
    occurred_at    timestamptz not null,
    payload        text        not null,
    sent_at        timestamptz
);
create index outbox_event_pending on outbox_event (position) where sent_at is null;

create table processed_event (
    event_id     text primary key,
    event_type   text        not null,
    consumer     text        not null,
    processed_at timestamptz not null
);
