-- The demo users the realm gained in Durrës and Lezhë (deploy/keycloak/), so that their notices reach them.
insert into recipient (username, email, display_name, role, cpu_code, language) values
    ('police.durres',        'police.durres@demo.childprotection.al',        'Kujtim Dosti',  'POLICE_PSYCHOSOCIAL', null,        'sq'),
    ('police.lezhe',         'police.lezhe@demo.childprotection.al',         'Lindita Marku', 'POLICE_PSYCHOSOCIAL', null,        'sq'),
    ('police.shengjin',      'police.shengjin@demo.childprotection.al',      'Besnik Gjoka',  'POLICE_PSYCHOSOCIAL', null,        'sq'),
    ('cpu.lezhe.worker',     'cpu.lezhe.worker@demo.childprotection.al',     'Anila Pjetri',  'CPU_WORKER',          'cpu-lezhe', 'sq'),
    ('cpu.lezhe.supervisor', 'cpu.lezhe.supervisor@demo.childprotection.al', 'Fatmir Vata',   'CPU_SUPERVISOR',      'cpu-lezhe', 'en')
on conflict (username) do nothing;
