-- The ground a referral is made on, as the intake recorded it (null for referrals made before it was carried),
-- and the withdrawal of that consent, when the child or guardian withdraws it.
alter table referral
    add column consent                   text,
    add column legal_basis               text,
    add column consent_withdrawn_at      timestamptz,
    add column consent_withdrawn_by      text,
    add column consent_withdrawal_reason text;
