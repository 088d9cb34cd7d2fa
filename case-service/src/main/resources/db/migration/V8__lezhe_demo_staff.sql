-- The Child Protection Unit of Lezhë in the demo realm (deploy/keycloak/): its worker takes its follow-up tasks,
-- its supervisor reviews them.
insert into cpu_worker (username, display_name, cpu_code, municipality, role) values
    ('cpu.lezhe.worker',     'Anila Pjetri', 'cpu-lezhe', 'Lezhë', 'WORKER'),
    ('cpu.lezhe.supervisor', 'Fatmir Vata',  'cpu-lezhe', 'Lezhë', 'SUPERVISOR')
on conflict do nothing;
