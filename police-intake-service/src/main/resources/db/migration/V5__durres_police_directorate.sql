-- The demo realm's police.durres works at the Durrës police directorate: the station must be known to record.
insert into police_station (code, name, municipality) values
    ('PS-DURRES', 'Drejtoria Vendore e Policisë Durrës', 'Durrës');
