-- The emergency shelter is a partner agency of the directory too; the shelter service keeps its beds.
alter table partner_agency drop constraint partner_agency_kind_check;
alter table partner_agency add constraint partner_agency_kind_check check (kind in ('NRM', 'SHELTER'));
insert into partner_agency (code, name, kind, municipality) values
    ('house-of-colors', 'Shtëpia e Ngjyrave (House of Colors), qendër emergjente 24/7 për fëmijë dhe nëna me fëmijë',
     'SHELTER', 'Tiranë');

-- Who works at each CPU: the Keycloak username, the CPU and the role there.
create table cpu_member (
    username text primary key,
    cpu_code text    not null references child_protection_unit (code),
    role     text    not null check (role in ('WORKER', 'SUPERVISOR')),
    active   boolean not null default true
);
insert into cpu_member (username, cpu_code, role) values
    ('cpu.tirana.worker1',    'cpu-tirane', 'WORKER'),
    ('cpu.tirana.worker2',    'cpu-tirane', 'WORKER'),
    ('cpu.tirana.supervisor', 'cpu-tirane', 'SUPERVISOR'),
    ('cpu.durres.worker',     'cpu-durres', 'WORKER'),
    ('cpu.durres.supervisor', 'cpu-durres', 'SUPERVISOR');
