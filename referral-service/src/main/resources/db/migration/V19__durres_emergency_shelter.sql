-- The second shelter of the line of shelters (decision 6) is a partner agency of the directory as well: shelter-service
-- takes placements only at shelters the directory holds active (decision 19), and keeps their rooms and beds.
insert into partner_agency (code, name, kind, municipality) values
    ('durres-emergency', 'Strehëza emergjente e Durrësit', 'SHELTER', 'Durrës')
on conflict (code) do nothing;
