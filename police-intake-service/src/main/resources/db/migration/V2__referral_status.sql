-- Each intake shows the referral it led to, as the referral.* events tell it (never by asking referral-service).
alter table intake
    add column referral_id       uuid unique,
    add column referral_cpu_code text,
    add column referral_status   text,
    add column referral_overdue  boolean not null default false;

-- The station's list is newest contact first, optionally within a date range; nothing sorts by recorded_at now.
drop index intake_station;
create index intake_station_contact on intake (station_code, contact_at desc);
