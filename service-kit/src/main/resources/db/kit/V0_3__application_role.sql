-- The services run as an application role, the migrations as the owner role (decision 13). The application role
-- reads and writes the service's tables, but on the audit trail it may only INSERT and SELECT; it owns nothing, so
-- it cannot drop or disable a trigger, alter a table, or grant itself more. ${application_role} is the role of
-- quarkus.datasource.username; Flyway connects as quarkus.flyway.username, the owner.
-- Default privileges reach every table that a later migration creates (the services' V1.. run after this on an
-- empty database); the grants on all tables reach those that exist already (a database migrated before 0.3).
do $$
declare
    application constant text := '${application_role}';
begin
    if application = current_user then
        raise exception 'the application role (%) must not be the role that runs the migrations', application;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application);
    execute format('grant usage, select on all sequences in schema public to %I', application);
    execute format('alter default privileges for role %I in schema public '
                   'grant select, insert, update, delete on tables to %I', current_user, application);
    execute format('alter default privileges for role %I in schema public '
                   'grant usage, select on sequences to %I', current_user, application);
    -- the audit trail is append-only: read and add, nothing else
    execute format('revoke all on table audit_record from %I', application);
    execute format('grant select, insert on table audit_record to %I', application);
    -- the migrations' own history is the owner's business
    execute format('revoke all on table flyway_schema_history from %I', application);
end
$$;
