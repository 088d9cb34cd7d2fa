-- Beds by kind, in rooms: a child alone takes one bed of a children's room; a mother and her children take a
-- family room whole, so that they stay together. The shelter row keeps the totals (its check stops overbooking).
alter table shelter add column pass_on_order integer not null default 100;

create table shelter_room (
    id            bigint generated always as identity primary key,
    shelter_code  text    not null references shelter (code),
    room          text    not null,
    kind          text    not null check (kind in ('CHILD_ALONE', 'MOTHER_WITH_CHILDREN')),
    beds          integer not null check (beds > 0),
    beds_occupied integer not null default 0 check (beds_occupied >= 0 and beds_occupied <= beds),
    unique (shelter_code, room)
);

-- An emergency placement request, from a CPU worker, the routing, case work or a police team at night.
-- shelter_code is the shelter it is with now; passed_on_from the shelters that had no room, in order.
create table placement_request (
    id             uuid primary key,
    origin         text        not null check (origin in ('CPU_WORKER', 'ROUTING', 'POLICE', 'CASE')),
    status         text        not null check (status in ('WAITING', 'ESCALATED', 'ADMITTED')),
    kind           text        not null check (kind in ('CHILD_ALONE', 'MOTHER_WITH_CHILDREN')),
    children       integer     not null check (children >= 1),
    shelter_code   text        not null references shelter (code),
    passed_on_from text,
    municipality   text        not null,
    cpu_code       text,
    referral_id    uuid,
    case_id        uuid,
    police_station text,
    requested_by   text        not null,
    correlation_id text,
    requested_at   timestamptz not null,
    updated_at     timestamptz not null
);
create index placement_request_shelter on placement_request (shelter_code, status);
create index placement_request_municipality on placement_request (municipality, status);
create index placement_request_referral on placement_request (referral_id);

create table placement (
    id                     uuid primary key,
    request_id             uuid        not null unique references placement_request (id),
    shelter_code           text        not null references shelter (code),
    room_id                bigint      not null references shelter_room (id),
    room                   text        not null,
    kind                   text        not null,
    beds                   integer     not null check (beds >= 1),
    children               integer     not null,
    municipality           text        not null,
    cpu_code               text,
    referral_id            uuid,
    case_id                uuid,
    status                 text        not null check (status in ('IN_SHELTER', 'DISCHARGED')),
    admitted_by            text        not null,
    admitted_at            timestamptz not null,
    stay_ends_at           timestamptz not null check (stay_ends_at > admitted_at),
    discharged_by          text,
    discharged_at          timestamptz,
    destination            text check (destination in ('FAMILY_REUNIFICATION', 'FOSTER_CARE', 'OTHER_SERVICE')),
    reintegration_due_at   timestamptz,
    correlation_id         text,
    check ((status = 'DISCHARGED') = (discharged_at is not null and destination is not null))
);
create index placement_shelter on placement (shelter_code, status);

-- Each extension of the emergency stay, with its reason: append-only.
create table placement_extension (
    id            bigint generated always as identity primary key,
    placement_id  uuid        not null references placement (id),
    previous_end  timestamptz not null,
    new_end       timestamptz not null check (new_end > previous_end),
    reason        text        not null,
    extended_by   text        not null,
    extended_at   timestamptz not null
);
create index placement_extension_placement on placement_extension (placement_id);

-- House of Colors: 24 beds, half for children alone, half in family rooms; first in line as the national service.
update shelter set pass_on_order = 10 where code = 'house-of-colors';
insert into shelter_room (shelter_code, room, kind, beds) values
    ('house-of-colors', 'C1', 'CHILD_ALONE', 4),
    ('house-of-colors', 'C2', 'CHILD_ALONE', 4),
    ('house-of-colors', 'C3', 'CHILD_ALONE', 4),
    ('house-of-colors', 'F1', 'MOTHER_WITH_CHILDREN', 4),
    ('house-of-colors', 'F2', 'MOTHER_WITH_CHILDREN', 4),
    ('house-of-colors', 'F3', 'MOTHER_WITH_CHILDREN', 4);

-- A smaller emergency shelter, where a request goes when House of Colors has no room (demo data).
insert into shelter (code, name, municipality, accepts, beds_total, beds_occupied, pass_on_order) values
    ('durres-emergency', 'Strehëza emergjente e Durrësit', 'Durrës',
     'children up to 18, and mothers with their children', 8, 0, 20);
insert into shelter_room (shelter_code, room, kind, beds) values
    ('durres-emergency', 'C1', 'CHILD_ALONE', 3),
    ('durres-emergency', 'F1', 'MOTHER_WITH_CHILDREN', 5);
