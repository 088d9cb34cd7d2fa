-- Ministry feeds: a minimised projection of every topic, replayable by cursor, pushed to subscribers.
-- No name, personal number, address or free text is ever stored here.

-- The child behind an intake, as far as the feeds need it: enough for an age band, the sex and where they live.
-- child_key is the id that started the child's chain (normally the intake id); it never leaves the service.
create table feed_child (
    child_key              text primary key,
    date_of_birth          date,
    estimated_age          integer,
    sex                    text,
    residence_municipality text
);

-- Which child each intake, referral, case, placement request or placement is about.
create table feed_link (
    aggregate_id uuid primary key,
    child_key    text not null
);

-- One entry per event, in the order the service learned of them; the cursor only grows.
create table feed_entry (
    cursor       bigint generated always as identity primary key,
    event_id     text        not null unique,
    event_type   text        not null,
    child_key    text,
    age_band     text,
    sex          text,
    municipality text,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null
);
create index feed_entry_by_type on feed_entry (event_type, cursor);

-- A ministry system (a Keycloak client), with the key of its pseudonyms: each subscriber sees other child ids.
create table feed_subscriber (
    client_id     text primary key,
    pseudonym_key bytea       not null,
    created_at    timestamptz not null
);

-- A push subscription and its delivery state: everything after delivered_cursor that matches is still to go.
create table feed_subscription (
    id                   uuid primary key,
    client_id            text        not null references feed_subscriber (client_id),
    callback_url         text        not null,
    event_types          text        not null,
    secret               text        not null,
    status               text        not null check (status in ('ACTIVE', 'PAUSED')),
    delivered_cursor     bigint      not null,
    consecutive_failures integer     not null default 0,
    next_attempt_at      timestamptz,
    last_attempt_at      timestamptz,
    last_error           text,
    paused_at            timestamptz,
    created_at           timestamptz not null
);
create index feed_subscription_by_client on feed_subscription (client_id, created_at);
