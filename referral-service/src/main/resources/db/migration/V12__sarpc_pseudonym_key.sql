-- The secret key of SARPC's pseudonymous child references (decision 11). Made once, here, from the server's strong
-- random source (gen_random_uuid() draws on pg_strong_random: 2 x 122 random bits), so that no key is ever typed
-- into a configuration file, checked in, or the same in two installations. Without it a reference cannot be led
-- back to a child's names and date of birth, which are few enough to try them all against an unkeyed hash.
-- Deleting the row and inserting a new key gives every child a new reference (a rotation) once the service restarts:
-- it reads the key once and keeps it.
create table pseudonym_key (
    purpose    text primary key,
    secret     bytea       not null check (length(secret) >= 32),
    created_at timestamptz not null default now()
);

insert into pseudonym_key (purpose, secret)
values ('sarpc-child-reference', uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
