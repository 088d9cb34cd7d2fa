-- Recipients are the directory's members (decision 19): referral-service's directory publishes every member's whole
-- state on directory.events, and this table is the view of it that notices need. The seeded copies go.
delete from recipient;

-- The members of the directory: CPU workers and supervisors, shelter staff, SARPC analysts.
alter table recipient drop constraint recipient_role;
alter table recipient add constraint recipient_role
    check (role in ('CPU_WORKER', 'CPU_SUPERVISOR', 'SHELTER_STAFF', 'SARPC_ANALYST'));

-- Where they work, whether they still do, and the time of the directory entry this row holds: an entry older than
-- that is not applied, so reading the topic again from the start rebuilds the same view.
alter table recipient add column municipality text;
alter table recipient add column shelter_code text;
alter table recipient add column active boolean not null default true;
alter table recipient alter column active drop default;
alter table recipient add column changed_at timestamptz not null;

create index recipient_by_shelter on recipient (role, shelter_code);
