-- The emergency shelters and their live bed count (free = total - occupied, kept by admissions and discharges).
create table shelter (
    code          text primary key,
    name          text        not null,
    municipality  text        not null,
    accepts       text        not null,
    beds_total    integer     not null check (beds_total >= 0),
    beds_occupied integer     not null check (beds_occupied >= 0 and beds_occupied <= beds_total),
    updated_at    timestamptz not null default now()
);

insert into shelter (code, name, municipality, accepts, beds_total, beds_occupied) values
    ('house-of-colors', 'Shtëpia e Ngjyrave (House of Colors)', 'Tiranë',
     'children up to 18, and mothers with their children', 24, 0);
