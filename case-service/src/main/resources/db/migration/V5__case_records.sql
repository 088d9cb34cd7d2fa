-- The structured records workers fill in on a case: home visits, needs and risk assessments, counselling
-- sessions, emergency interventions. Each is validated by its own shape in the service and kept as JSON.
create table case_record (
    id          uuid primary key,
    case_id     uuid        not null references protection_case (id),
    kind        text        not null check (kind in ('HOME_VISIT', 'NEEDS_ASSESSMENT', 'RISK_ASSESSMENT',
                                                     'COUNSELLING_SESSION', 'EMERGENCY_INTERVENTION')),
    recorded_by text        not null,
    recorded_at timestamptz not null,
    content     jsonb       not null
);
create index case_record_case on case_record (case_id, recorded_at);
