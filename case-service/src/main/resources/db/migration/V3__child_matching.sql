-- One record per child across agencies: the particulars the matcher compares, and the trail of its proposals.
alter table child add column personal_number text;
alter table child add column mother_name text;
alter table child add column father_name text;
-- the date of birth as known or estimated (from an estimated age); the matcher searches within a year of it
alter table child add column date_of_birth_estimated boolean not null default false;
alter table child add column birth_date_for_matching date;
-- set when a worker confirmed that this record is the same child as another: that one carries on
alter table child add column merged_into uuid references child (id);
update child set birth_date_for_matching = date_of_birth where date_of_birth is not null;
create index child_candidates on child (sex, birth_date_for_matching) where merged_into is null;
create index child_personal_number on child (personal_number) where merged_into is null;

-- A probable match waits for a worker of the municipality of the newer record's case; a confirmation merges the
-- newer record into the older one. The row is the trail: who decided, when, why the matcher proposed it.
create table child_match (
    id            uuid primary key,
    child_id      uuid        not null references child (id),
    candidate_id  uuid        not null references child (id),
    municipality  text        not null,
    certainty     text        not null check (certainty in ('SURE', 'PROBABLE')),
    reasons       text        not null,
    status        text        not null check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    proposed_at   timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    constraint child_match_once unique (child_id, candidate_id)
);
create index child_match_waiting on child_match (municipality, status);

-- The case's first referral, so that every task of the case can name it.
alter table protection_case add column referral_id uuid;
update protection_case c set referral_id = (select t.referral_id from follow_up_task t where t.case_id = c.id
                                            order by t.created_at limit 1);

-- How a case ended: a reason and an outcome (codes), or MERGED when its child was found to be another record's.
alter table protection_case add column closed_at timestamptz;
alter table protection_case add column closed_by text;
alter table protection_case add column closure_reason text;
alter table protection_case add column outcome text;

-- Everything that happened about a child, case by case: the case timeline. Append-only.
create table case_timeline (
    id       uuid primary key,
    case_id  uuid        not null references protection_case (id),
    child_id uuid        not null references child (id),
    kind     text        not null,
    actor    text        not null,
    note     text,
    at       timestamptz not null
);
create index case_timeline_child on case_timeline (child_id, at);
create rule case_timeline_no_update as on update to case_timeline do instead nothing;
create rule case_timeline_no_delete as on delete to case_timeline do instead nothing;
