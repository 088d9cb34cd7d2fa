-- Deinstitutionalisation: a case type for a child living in a residential institution, opened by the CPU itself
-- (no referral), with its planned outcome; its assessment is a record, its individual care plan a plan kind.
alter table protection_case add column case_type text not null default 'PROTECTION'
    check (case_type in ('PROTECTION', 'DEINSTITUTIONALISATION'));
alter table protection_case add column institution text;
alter table protection_case add column planned_outcome text
    check (planned_outcome in ('FAMILY_REUNIFICATION', 'FOSTER_CARE'));

alter table protection_plan add column kind text not null default 'INDIVIDUAL_PROTECTION_PLAN'
    check (kind in ('INDIVIDUAL_PROTECTION_PLAN', 'INDIVIDUAL_CARE_PLAN'));
alter table protection_plan add column planned_outcome text
    check (planned_outcome in ('FAMILY_REUNIFICATION', 'FOSTER_CARE'));

alter table case_record drop constraint case_record_kind_check;
alter table case_record add constraint case_record_kind_check
    check (kind in ('HOME_VISIT', 'NEEDS_ASSESSMENT', 'RISK_ASSESSMENT', 'COUNSELLING_SESSION',
                    'EMERGENCY_INTERVENTION', 'DEINSTITUTIONALISATION_ASSESSMENT'));
