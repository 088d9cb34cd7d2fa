-- The stations come from the directory's directory.events (decision 19), no longer from seeds: the seeded rows go,
-- and the view keeps what the directory says of each station and when it said it.
-- An intake keeps the name of the station that recorded it, as it keeps its municipality; the view may be emptied
-- and rebuilt, so an intake no longer references a row of it.
alter table intake add column station_name text;
update intake set station_name = s.name from police_station s where s.code = intake.station_code;
alter table intake drop constraint intake_station_code_fkey;

delete from police_station;
alter table police_station
    add column active     boolean     not null,
    add column changed_at timestamptz not null;
