-- The referrals and cases this service has heard of (referral.events, case.events), with where they belong: a
-- placement request may name only those of its caller's municipality, or of the police team's own station.
-- station_code is null for a referral whose creation event did not say it; no police team may name that one.
create table known_referral (
    referral_id  uuid primary key,
    municipality text        not null,
    cpu_code     text        not null,
    station_code text,
    updated_at   timestamptz not null
);

create table known_case (
    case_id      uuid primary key,
    referral_id  uuid,
    municipality text        not null,
    cpu_code     text        not null,
    opened_at    timestamptz not null
);
