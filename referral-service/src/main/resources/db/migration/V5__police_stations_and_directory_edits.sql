-- The directory is data, edited by platform administrators without a release: police stations join the CPUs,
-- and every change to either is written to an append-only log in the same transaction.

create table police_station (
    code         text primary key,
    name         text not null,
    municipality text not null references municipality (name),
    active       boolean not null default true
);

insert into police_station (code, name, municipality) values
    ('PS-TIRANE', 'Komisariati i Policisë Tiranë', 'Tiranë'),
    ('PS-KAMEZ', 'Komisariati i Policisë Kamëz', 'Kamëz'),
    ('PS-VORE', 'Komisariati i Policisë Vorë', 'Vorë'),
    ('PS-LEZHE', 'Komisariati i Policisë Lezhë', 'Lezhë'),
    ('PS-KRUJE', 'Komisariati i Policisë Krujë', 'Krujë'),
    ('PS-KURBIN', 'Komisariati i Policisë Kurbin, Laç', 'Kurbin'),
    ('PS-SHENGJIN', 'Komisariati i Policisë Shëngjin', 'Lezhë');

-- before / after hold JSON snapshots of the record (before is null for CREATED)
create table directory_edit (
    position bigint generated always as identity primary key,
    at       timestamptz not null default now(),
    actor    text not null,
    entity   text not null check (entity in ('CPU', 'POLICE_STATION')),
    code     text not null,
    action   text not null check (action in ('CREATED', 'UPDATED', 'DEACTIVATED')),
    before   text,
    after    text not null
);

create index directory_edit_code on directory_edit (code, position);

create function directory_edit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'directory_edit is append-only: % refused', tg_op;
end
$$;

create trigger directory_edit_no_update_or_delete
    before update or delete on directory_edit
    for each row execute function directory_edit_is_append_only();

create trigger directory_edit_no_truncate
    before truncate on directory_edit
    for each statement execute function directory_edit_is_append_only();
