-- Who can be notified: the platform's users, by their login name, with the address their e-mail goes to.
create table recipient (
    username     text primary key,
    email        text,
    display_name text not null
);

-- The demo users of the Keycloak realm (deploy/keycloak/), with the same addresses.
insert into recipient (username, email, display_name) values
    ('cpu.tirana.worker1',    'cpu.tirana.worker1@demo.childprotection.al',    'Blerina Kola'),
    ('cpu.tirana.worker2',    'cpu.tirana.worker2@demo.childprotection.al',    'Dritan Meta'),
    ('cpu.tirana.supervisor', 'cpu.tirana.supervisor@demo.childprotection.al', 'Mirela Dervishi'),
    ('cpu.durres.worker',     'cpu.durres.worker@demo.childprotection.al',     'Gentian Leka'),
    ('cpu.durres.supervisor', 'cpu.durres.supervisor@demo.childprotection.al', 'Valbona Shehu'),
    ('police.kamza',          'police.kamza@demo.childprotection.al',          'Arben Hoxha'),
    ('police.tirana',         'police.tirana@demo.childprotection.al',         'Elira Basha'),
    ('shelter.staff',         'shelter.staff@demo.childprotection.al',         'Teuta Gjoni'),
    ('sarpc.analyst',         'sarpc.analyst@demo.childprotection.al',         'Ilir Prifti'),
    ('platform.admin',        'platform.admin@demo.childprotection.al',        'Sokol Marku');

-- One entry of a user's inbox. Its e-mail is an outbox of its own: written PENDING in the consuming
-- transaction, sent later by EmailDelivery, so a redelivered event cannot send it twice and a broken SMTP
-- server cannot lose it. No child's name is ever stored here.
create table notification (
    id             uuid primary key,
    recipient      text        not null,
    kind           text        not null,
    title          text        not null,
    body           text        not null,
    task_id        uuid,
    case_id        uuid,
    referral_id    uuid,
    correlation_id text,
    created_at     timestamptz not null,
    read_at        timestamptz,
    email_status   text        not null check (email_status in ('PENDING', 'SENT', 'NO_ADDRESS')),
    email_sent_at  timestamptz,
    email_attempts integer     not null default 0
);
create index notification_inbox on notification (recipient, created_at desc);
create index notification_email_pending on notification (email_attempts, created_at) where email_status = 'PENDING';
