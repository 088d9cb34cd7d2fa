-- Who is who, for escalations: each recipient's platform role (the realm role, in upper case) and, for the
-- staff of a Child Protection Unit, the code of their CPU. An escalated referral goes to the supervisors of its
-- CPU, then to SARPC; changing who supervises which CPU is a change of these rows, not of the code.
alter table recipient add column role text;
alter table recipient add column cpu_code text;

-- The demo users of the Keycloak realm (deploy/keycloak/), with the roles and CPUs they have there.
update recipient set role = demo.role, cpu_code = demo.cpu_code
from (values
    ('cpu.tirana.worker1',    'CPU_WORKER',          'cpu-tirane'),
    ('cpu.tirana.worker2',    'CPU_WORKER',          'cpu-tirane'),
    ('cpu.tirana.supervisor', 'CPU_SUPERVISOR',      'cpu-tirane'),
    ('cpu.durres.worker',     'CPU_WORKER',          'cpu-durres'),
    ('cpu.durres.supervisor', 'CPU_SUPERVISOR',      'cpu-durres'),
    ('police.kamza',          'POLICE_PSYCHOSOCIAL', null),
    ('police.tirana',         'POLICE_PSYCHOSOCIAL', null),
    ('shelter.staff',         'SHELTER_STAFF',       null),
    ('sarpc.analyst',         'SARPC_ANALYST',       null),
    ('platform.admin',        'PLATFORM_ADMIN',      null)
) as demo (username, role, cpu_code)
where recipient.username = demo.username;

-- A recipient without a role would silently never be escalated to: every one must have one.
alter table recipient alter column role set not null;
alter table recipient add constraint recipient_role check (role in ('POLICE_PSYCHOSOCIAL', 'CPU_WORKER',
    'CPU_SUPERVISOR', 'SHELTER_STAFF', 'SARPC_ANALYST', 'PLATFORM_ADMIN'));
-- CPU staff belong to exactly one CPU; nobody else belongs to any.
alter table recipient add constraint recipient_cpu_staff_have_a_cpu
    check ((role in ('CPU_WORKER', 'CPU_SUPERVISOR')) = (cpu_code is not null));
create index recipient_by_role on recipient (role, cpu_code);

-- The CloudEvent a notice was made from (null for notices whose listener does not pass it). One event gives
-- every recipient one notice at most, even if it is processed twice at the same time.
alter table notification add column event_id text;
create unique index notification_one_per_event_and_recipient on notification (event_id, recipient)
    where event_id is not null;
