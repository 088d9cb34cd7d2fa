-- One directory of the people who take work on the platform (decision 19): CPU workers and supervisors, shelter
-- staff and SARPC analysts, with the name, language and address they are told by. It replaces cpu_member.
create table directory_member (
    username     text primary key,
    display_name text    not null,
    role         text    not null check (role in ('CPU_WORKER', 'CPU_SUPERVISOR', 'SHELTER_STAFF', 'SARPC_ANALYST')),
    cpu_code     text references child_protection_unit (code),
    shelter_code text references partner_agency (code),
    language     text    not null default 'sq' check (language in ('sq', 'en')),
    email        text,
    active       boolean not null default true,
    -- a CPU member names their CPU and nothing else, shelter staff their shelter, a SARPC analyst neither
    constraint directory_member_place check (
        (role in ('CPU_WORKER', 'CPU_SUPERVISOR')) = (cpu_code is not null)
        and (role = 'SHELTER_STAFF') = (shelter_code is not null))
);
create index directory_member_cpu on directory_member (cpu_code, username);

insert into directory_member (username, display_name, role, cpu_code, active)
select username, username, 'CPU_' || role, cpu_code, active from cpu_member;

-- The demo people, as the demo realm (deploy/keycloak/) has them: missing ones join, existing ones take these fields.
insert into directory_member (username, display_name, role, cpu_code, shelter_code, language, email) values
    ('cpu.tirana.worker1', 'Blerina Kola', 'CPU_WORKER', 'cpu-tirane', null, 'sq', 'cpu.tirana.worker1@demo.childprotection.al'),
    ('cpu.tirana.worker2', 'Dritan Meta', 'CPU_WORKER', 'cpu-tirane', null, 'sq', 'cpu.tirana.worker2@demo.childprotection.al'),
    ('cpu.tirana.supervisor', 'Mirela Dervishi', 'CPU_SUPERVISOR', 'cpu-tirane', null, 'sq', 'cpu.tirana.supervisor@demo.childprotection.al'),
    ('cpu.kamez.worker', 'Elira Hoxha', 'CPU_WORKER', 'cpu-kamez', null, 'sq', 'cpu.kamez.worker@demo.childprotection.al'),
    ('cpu.kamez.supervisor', 'Besnik Basha', 'CPU_SUPERVISOR', 'cpu-kamez', null, 'sq', 'cpu.kamez.supervisor@demo.childprotection.al'),
    ('cpu.vore.worker', 'Mirela Kraja', 'CPU_WORKER', 'cpu-vore', null, 'sq', 'cpu.vore.worker@demo.childprotection.al'),
    ('cpu.vore.supervisor', 'Gentian Muça', 'CPU_SUPERVISOR', 'cpu-vore', null, 'sq', 'cpu.vore.supervisor@demo.childprotection.al'),
    ('cpu.kruje.worker', 'Alketa Sula', 'CPU_WORKER', 'cpu-kruje', null, 'sq', 'cpu.kruje.worker@demo.childprotection.al'),
    ('cpu.kruje.supervisor', 'Ilir Leka', 'CPU_SUPERVISOR', 'cpu-kruje', null, 'sq', 'cpu.kruje.supervisor@demo.childprotection.al'),
    ('cpu.kurbin.worker', 'Rudina Cani', 'CPU_WORKER', 'cpu-kurbin', null, 'sq', 'cpu.kurbin.worker@demo.childprotection.al'),
    ('cpu.kurbin.supervisor', 'Artan Bregu', 'CPU_SUPERVISOR', 'cpu-kurbin', null, 'sq', 'cpu.kurbin.supervisor@demo.childprotection.al'),
    ('cpu.durres.worker', 'Gentian Leka', 'CPU_WORKER', 'cpu-durres', null, 'sq', 'cpu.durres.worker@demo.childprotection.al'),
    ('cpu.durres.supervisor', 'Valbona Shehu', 'CPU_SUPERVISOR', 'cpu-durres', null, 'sq', 'cpu.durres.supervisor@demo.childprotection.al'),
    ('cpu.lezhe.worker', 'Anila Pjetri', 'CPU_WORKER', 'cpu-lezhe', null, 'sq', 'cpu.lezhe.worker@demo.childprotection.al'),
    ('cpu.lezhe.supervisor', 'Fatmir Vata', 'CPU_SUPERVISOR', 'cpu-lezhe', null, 'sq', 'cpu.lezhe.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj01.worker', 'Valbona Qose', 'CPU_WORKER', 'cpu-tirane-nj01', null, 'sq', 'cpu.tirane-nj01.worker@demo.childprotection.al'),
    ('cpu.tirane-nj01.supervisor', 'Dritan Vata', 'CPU_SUPERVISOR', 'cpu-tirane-nj01', null, 'sq', 'cpu.tirane-nj01.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj02.worker', 'Anila Mema', 'CPU_WORKER', 'cpu-tirane-nj02', null, 'sq', 'cpu.tirane-nj02.worker@demo.childprotection.al'),
    ('cpu.tirane-nj02.supervisor', 'Kledi Zeqiri', 'CPU_SUPERVISOR', 'cpu-tirane-nj02', null, 'sq', 'cpu.tirane-nj02.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj03.worker', 'Ermira Tafa', 'CPU_WORKER', 'cpu-tirane-nj03', null, 'sq', 'cpu.tirane-nj03.worker@demo.childprotection.al'),
    ('cpu.tirane-nj03.supervisor', 'Sokol Koci', 'CPU_SUPERVISOR', 'cpu-tirane-nj03', null, 'sq', 'cpu.tirane-nj03.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj04.worker', 'Jonida Shehu', 'CPU_WORKER', 'cpu-tirane-nj04', null, 'sq', 'cpu.tirane-nj04.worker@demo.childprotection.al'),
    ('cpu.tirane-nj04.supervisor', 'Edmond Marku', 'CPU_SUPERVISOR', 'cpu-tirane-nj04', null, 'sq', 'cpu.tirane-nj04.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj05.worker', 'Lindita Rama', 'CPU_WORKER', 'cpu-tirane-nj05', null, 'sq', 'cpu.tirane-nj05.worker@demo.childprotection.al'),
    ('cpu.tirane-nj05.supervisor', 'Fatos Dedja', 'CPU_SUPERVISOR', 'cpu-tirane-nj05', null, 'sq', 'cpu.tirane-nj05.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj06.worker', 'Majlinda Gega', 'CPU_WORKER', 'cpu-tirane-nj06', null, 'sq', 'cpu.tirane-nj06.worker@demo.childprotection.al'),
    ('cpu.tirane-nj06.supervisor', 'Arjan Gjoka', 'CPU_SUPERVISOR', 'cpu-tirane-nj06', null, 'sq', 'cpu.tirane-nj06.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj07.worker', 'Ornela Duka', 'CPU_WORKER', 'cpu-tirane-nj07', null, 'sq', 'cpu.tirane-nj07.worker@demo.childprotection.al'),
    ('cpu.tirane-nj07.supervisor', 'Genc Nika', 'CPU_SUPERVISOR', 'cpu-tirane-nj07', null, 'sq', 'cpu.tirane-nj07.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj08.worker', 'Brunilda Pllumbi', 'CPU_WORKER', 'cpu-tirane-nj08', null, 'sq', 'cpu.tirane-nj08.worker@demo.childprotection.al'),
    ('cpu.tirane-nj08.supervisor', 'Luan Kola', 'CPU_SUPERVISOR', 'cpu-tirane-nj08', null, 'sq', 'cpu.tirane-nj08.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj09.worker', 'Entela Prifti', 'CPU_WORKER', 'cpu-tirane-nj09', null, 'sq', 'cpu.tirane-nj09.worker@demo.childprotection.al'),
    ('cpu.tirane-nj09.supervisor', 'Petrit Hysa', 'CPU_SUPERVISOR', 'cpu-tirane-nj09', null, 'sq', 'cpu.tirane-nj09.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj10.worker', 'Silvana Bushati', 'CPU_WORKER', 'cpu-tirane-nj10', null, 'sq', 'cpu.tirane-nj10.worker@demo.childprotection.al'),
    ('cpu.tirane-nj10.supervisor', 'Astrit Mehmeti', 'CPU_SUPERVISOR', 'cpu-tirane-nj10', null, 'sq', 'cpu.tirane-nj10.supervisor@demo.childprotection.al'),
    ('cpu.tirane-nj11.worker', 'Eriola Dervishi', 'CPU_WORKER', 'cpu-tirane-nj11', null, 'sq', 'cpu.tirane-nj11.worker@demo.childprotection.al'),
    ('cpu.tirane-nj11.supervisor', 'Klodian Lika', 'CPU_SUPERVISOR', 'cpu-tirane-nj11', null, 'sq', 'cpu.tirane-nj11.supervisor@demo.childprotection.al'),
    ('cpu.tirane-baldushk.worker', 'Manjola Gjika', 'CPU_WORKER', 'cpu-tirane-baldushk', null, 'sq', 'cpu.tirane-baldushk.worker@demo.childprotection.al'),
    ('cpu.tirane-baldushk.supervisor', 'Erion Elezi', 'CPU_SUPERVISOR', 'cpu-tirane-baldushk', null, 'sq', 'cpu.tirane-baldushk.supervisor@demo.childprotection.al'),
    ('cpu.tirane-berzhite.worker', 'Xhensila Hoxha', 'CPU_WORKER', 'cpu-tirane-berzhite', null, 'sq', 'cpu.tirane-berzhite.worker@demo.childprotection.al'),
    ('cpu.tirane-berzhite.supervisor', 'Bledar Basha', 'CPU_SUPERVISOR', 'cpu-tirane-berzhite', null, 'sq', 'cpu.tirane-berzhite.supervisor@demo.childprotection.al'),
    ('cpu.tirane-dajt.worker', 'Suela Kraja', 'CPU_WORKER', 'cpu-tirane-dajt', null, 'sq', 'cpu.tirane-dajt.worker@demo.childprotection.al'),
    ('cpu.tirane-dajt.supervisor', 'Agim Muça', 'CPU_SUPERVISOR', 'cpu-tirane-dajt', null, 'sq', 'cpu.tirane-dajt.supervisor@demo.childprotection.al'),
    ('cpu.tirane-farke.worker', 'Denada Sula', 'CPU_WORKER', 'cpu-tirane-farke', null, 'sq', 'cpu.tirane-farke.worker@demo.childprotection.al'),
    ('cpu.tirane-farke.supervisor', 'Altin Leka', 'CPU_SUPERVISOR', 'cpu-tirane-farke', null, 'sq', 'cpu.tirane-farke.supervisor@demo.childprotection.al'),
    ('cpu.tirane-kashar.worker', 'Irena Cani', 'CPU_WORKER', 'cpu-tirane-kashar', null, 'sq', 'cpu.tirane-kashar.worker@demo.childprotection.al'),
    ('cpu.tirane-kashar.supervisor', 'Ardit Bregu', 'CPU_SUPERVISOR', 'cpu-tirane-kashar', null, 'sq', 'cpu.tirane-kashar.supervisor@demo.childprotection.al'),
    ('cpu.tirane-krrabe.worker', 'Enkelejda Qose', 'CPU_WORKER', 'cpu-tirane-krrabe', null, 'sq', 'cpu.tirane-krrabe.worker@demo.childprotection.al'),
    ('cpu.tirane-krrabe.supervisor', 'Taulant Vata', 'CPU_SUPERVISOR', 'cpu-tirane-krrabe', null, 'sq', 'cpu.tirane-krrabe.supervisor@demo.childprotection.al'),
    ('cpu.tirane-ndroq.worker', 'Mimoza Mema', 'CPU_WORKER', 'cpu-tirane-ndroq', null, 'sq', 'cpu.tirane-ndroq.worker@demo.childprotection.al'),
    ('cpu.tirane-ndroq.supervisor', 'Gazmend Zeqiri', 'CPU_SUPERVISOR', 'cpu-tirane-ndroq', null, 'sq', 'cpu.tirane-ndroq.supervisor@demo.childprotection.al'),
    ('cpu.tirane-petrele.worker', 'Arta Tafa', 'CPU_WORKER', 'cpu-tirane-petrele', null, 'sq', 'cpu.tirane-petrele.worker@demo.childprotection.al'),
    ('cpu.tirane-petrele.supervisor', 'Shpetim Koci', 'CPU_SUPERVISOR', 'cpu-tirane-petrele', null, 'sq', 'cpu.tirane-petrele.supervisor@demo.childprotection.al'),
    ('cpu.tirane-peze.worker', 'Elona Shehu', 'CPU_WORKER', 'cpu-tirane-peze', null, 'sq', 'cpu.tirane-peze.worker@demo.childprotection.al'),
    ('cpu.tirane-peze.supervisor', 'Ervin Marku', 'CPU_SUPERVISOR', 'cpu-tirane-peze', null, 'sq', 'cpu.tirane-peze.supervisor@demo.childprotection.al'),
    ('cpu.tirane-shengjergj.worker', 'Dorina Rama', 'CPU_WORKER', 'cpu-tirane-shengjergj', null, 'sq', 'cpu.tirane-shengjergj.worker@demo.childprotection.al'),
    ('cpu.tirane-shengjergj.supervisor', 'Florian Dedja', 'CPU_SUPERVISOR', 'cpu-tirane-shengjergj', null, 'sq', 'cpu.tirane-shengjergj.supervisor@demo.childprotection.al'),
    ('cpu.tirane-vaqarr.worker', 'Nertila Gega', 'CPU_WORKER', 'cpu-tirane-vaqarr', null, 'sq', 'cpu.tirane-vaqarr.worker@demo.childprotection.al'),
    ('cpu.tirane-vaqarr.supervisor', 'Blerim Gjoka', 'CPU_SUPERVISOR', 'cpu-tirane-vaqarr', null, 'sq', 'cpu.tirane-vaqarr.supervisor@demo.childprotection.al'),
    ('cpu.tirane-zall-bastar.worker', 'Migena Duka', 'CPU_WORKER', 'cpu-tirane-zall-bastar', null, 'sq', 'cpu.tirane-zall-bastar.worker@demo.childprotection.al'),
    ('cpu.tirane-zall-bastar.supervisor', 'Saimir Nika', 'CPU_SUPERVISOR', 'cpu-tirane-zall-bastar', null, 'sq', 'cpu.tirane-zall-bastar.supervisor@demo.childprotection.al'),
    ('cpu.tirane-zall-herr.worker', 'Etleva Pllumbi', 'CPU_WORKER', 'cpu-tirane-zall-herr', null, 'sq', 'cpu.tirane-zall-herr.worker@demo.childprotection.al'),
    ('cpu.tirane-zall-herr.supervisor', 'Kujtim Kola', 'CPU_SUPERVISOR', 'cpu-tirane-zall-herr', null, 'sq', 'cpu.tirane-zall-herr.supervisor@demo.childprotection.al'),
    ('shelter.staff', 'Teuta Gjoni', 'SHELTER_STAFF', null, 'house-of-colors', 'sq', 'shelter.staff@demo.childprotection.al'),
    ('sarpc.analyst', 'Ilir Prifti', 'SARPC_ANALYST', null, null, 'en', 'sarpc.analyst@demo.childprotection.al')
on conflict (username) do update set display_name = excluded.display_name, role = excluded.role,
    cpu_code = excluded.cpu_code, shelter_code = excluded.shelter_code, language = excluded.language,
    email = excluded.email;

drop table cpu_member;

-- Edits of any member are logged under MEMBER from now on; earlier ones keep CPU_MEMBER.
alter table directory_edit drop constraint directory_edit_entity_check;
alter table directory_edit add constraint directory_edit_entity_check
    check (entity in ('CPU', 'POLICE_STATION', 'CPU_MEMBER', 'PARTNER_AGENCY', 'MEMBER'));
