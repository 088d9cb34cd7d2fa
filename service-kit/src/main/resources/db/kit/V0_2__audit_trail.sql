-- Shared by every service: who read or changed which child's record, when, and through which endpoint.
-- Version 0.2 sorts before the services' own V1.. migrations; on a database that already has them, Flyway applies
-- it out of order (quarkus.flyway.out-of-order, set once in the kit's configuration). A version that sorts after
-- every service's (say V1000) would instead make each later service migration "older than the newest applied".
create table audit_record (
    position            bigint generated always as identity primary key,
    at                  timestamptz not null,
    actor               text        not null,
    actor_role          text,
    actor_municipality  text,
    action              text        not null,
    record_type         text        not null,
    record_id           text        not null,
    -- the intake the child was first recorded in: the one id that follows a child through every service
    intake_id           text,
    -- the municipality responsible for the child when the record was read or changed (supervisors' scope)
    record_municipality text,
    method              text,
    path                text
);
create index audit_record_by_record on audit_record (record_id, position);
create index audit_record_by_intake on audit_record (intake_id, position) where intake_id is not null;

-- Append-only, enforced by the database and not only by the code: no update, delete or truncate gets through.
create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op;
end
$$;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
