-- Two one-bed shelters, last in line, that a test can fill without touching the demo shelters; in a
-- municipality no other test of the platform sends children from, so that no other event takes their beds.
insert into shelter (code, name, municipality, accepts, beds_total, beds_occupied, pass_on_order) values
    ('test-first', 'Test shelter, first', 'Pustec', 'children up to 18', 1, 0, 900),
    ('test-second', 'Test shelter, second', 'Pustec', 'children up to 18', 1, 0, 901);
insert into shelter_room (shelter_code, room, kind, beds) values
    ('test-first', 'C1', 'CHILD_ALONE', 1),
    ('test-second', 'C1', 'CHILD_ALONE', 1);
