-- The demo realm (deploy/keycloak/) has users in Durrës and Lezhë too: the Durrës police directorate joins the
-- directory, and the Lezhë CPU's worker and supervisor join its members.
insert into police_station (code, name, municipality) values
    ('PS-DURRES', 'Drejtoria Vendore e Policisë Durrës', 'Durrës');

insert into cpu_member (username, cpu_code, role) values
    ('cpu.lezhe.worker',     'cpu-lezhe', 'WORKER'),
    ('cpu.lezhe.supervisor', 'cpu-lezhe', 'SUPERVISOR');
