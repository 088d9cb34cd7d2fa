create table referral (
    id                 uuid primary key,
    intake_id          uuid        not null unique,
    correlation_id     text        not null,
    cpu_code           text        not null references child_protection_unit (code),
    municipality       text        not null references municipality (name),
    priority           text        not null,
    status             text        not null,
    given_name         text        not null,
    family_name        text        not null,
    date_of_birth      date,
    estimated_age      integer,
    sex                text        not null,
    legal_status       text        not null,
    risk_level         text        not null,
    station_code       text        not null,
    routing_reason     text        not null,
    created_at         timestamptz not null,
    acknowledge_by     timestamptz not null
);
create index referral_municipality on referral (municipality, created_at desc);
