-- The intake a case's child was first recorded in (referral.created carries it): the one id that follows the child
-- through every service, and the key the audit trail finds the case's records by. A case the CPU opens itself
-- (deinstitutionalisation) has none. Cases opened before carry it as their correlation id, which is the intake's.
alter table protection_case add column intake_id uuid;
update protection_case set intake_id = cast(correlation_id as uuid)
    where referral_id is not null
      and correlation_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
