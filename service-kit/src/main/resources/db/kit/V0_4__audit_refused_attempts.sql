-- A refused attempt on a record (403: outside the caller's scope) is audited too (decision 13): its outcome says
-- so. Every record written before 0.4 was of something done, hence the default.
alter table audit_record
    add column outcome text not null default 'DONE' constraint audit_record_outcome check (outcome in ('DONE', 'REFUSED'));

-- what a supervisor lists without naming a child: the refused attempts on their municipality's records, and the
-- reads of their municipality's children by anyone outside it
create index audit_record_by_municipality on audit_record (record_municipality, position)
    where record_municipality is not null;
create index audit_record_refused on audit_record (position) where outcome = 'REFUSED';
