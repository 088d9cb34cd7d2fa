-- A child is seen through a case (decision 10): each municipality keeps its own record of a child, and a match
-- with another municipality's record is a notice to contact that CPU, never a shared record.

alter table child add column municipality text;

-- The record belongs to the municipality of its first case (a merged record: of the record it was merged into).
update child c set municipality = (
    select pc.municipality from protection_case pc
     where pc.child_id = coalesce(c.merged_into, c.id)
     order by pc.opened_at, pc.id limit 1);

-- A record that earlier matching shared between municipalities is split: every other municipality gets a record of
-- its own, with what a referral tells (names, date of birth, sex) and none of the particulars a worker recorded,
-- because the record cannot tell which municipality recorded them. Its cases follow it.
create temporary table child_split as
    select shared.child_id as old_id, shared.municipality, gen_random_uuid() as new_id
      from (select distinct pc.child_id, pc.municipality
              from protection_case pc join child c on c.id = pc.child_id
             where lower(pc.municipality) <> lower(c.municipality)) shared;

insert into child (id, given_name, family_name, date_of_birth, estimated_age, sex, match_key, created_at,
                   date_of_birth_estimated, birth_date_for_matching, municipality)
select s.new_id, c.given_name, c.family_name, c.date_of_birth, c.estimated_age, c.sex, c.match_key, c.created_at,
       c.date_of_birth_estimated, c.birth_date_for_matching, s.municipality
  from child_split s join child c on c.id = s.old_id;

update protection_case pc set child_id = s.new_id
  from child_split s where pc.child_id = s.old_id and pc.municipality = s.municipality;

drop table child_split;

-- A record without any case (none should exist) stays out of every municipality's sight.
create index child_candidates_in_municipality on child (municipality, sex, birth_date_for_matching)
    where merged_into is null;

-- Matches: within a municipality as before (a worker confirms, the records merge); across municipalities a notice
-- to each side's supervisor, linked only when both confirm, and never merged.
alter table child_match add column scope text not null default 'WITHIN_MUNICIPALITY'
    check (scope in ('WITHIN_MUNICIPALITY', 'ACROSS_MUNICIPALITIES'));
alter table child_match add column candidate_municipality text;
alter table child_match add column child_side_confirmed_by text;
alter table child_match add column candidate_side_confirmed_by text;
update child_match m set candidate_municipality = c.municipality from child c where c.id = m.candidate_id;
-- a waiting proposal between two municipalities' records is a notice from now on
update child_match m set scope = 'ACROSS_MUNICIPALITIES'
  where lower(m.municipality) <> lower(m.candidate_municipality);
create index child_match_waiting_candidate on child_match (candidate_municipality, status);
