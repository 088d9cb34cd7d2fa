-- The complete intake of issue 3. Lists are text[]: Hibernate Reactive binds a jsonb column only as a JSON
-- object (hibernate-reactive#4156), never as an array, while it maps a List to a PostgreSQL array directly.
-- Intakes recorded before this version keep null where nothing was asked then (consent, safeguards): a null
-- says "not recorded", which is the truth, where a default would claim that no lawyer was present.
alter table intake
    add column languages                  text[] not null default '{}',
    add column personal_number            text,
    add column guardian_name              text,
    add column guardian_relationship      text,
    add column guardian_phone             text,
    add column situations                 text[],
    add column circumstances              text,
    add column parent_or_guardian_present boolean,
    add column lawyer_present             boolean,
    add column psychologist_present       boolean,
    add column child_friendly_room_used   boolean,
    add column risk_flags                 text[] not null default '{}',
    add column priority                   text  not null default 'NORMAL',
    add column consent                    text,
    add column legal_basis                text;

-- The one legal status of an earlier intake is the one situation it records now.
update intake set situations = array[legal_status];

alter table intake
    alter column situations set not null,
    add constraint intake_situations check (cardinality(situations) > 0),
    add constraint intake_priority check (priority in ('EMERGENCY', 'HIGH', 'NORMAL')),
    add constraint intake_best_interest_has_basis
        check (consent is distinct from 'BEST_INTEREST_OF_THE_CHILD' or legal_basis is not null),
    drop column legal_status;

alter table intake alter column priority drop default;
