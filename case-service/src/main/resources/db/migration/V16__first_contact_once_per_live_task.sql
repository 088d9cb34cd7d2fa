-- A redirected referral gets a first-contact task at its new CPU while the old CPU's one stays, cancelled, on the
-- old case (decision 18): a referral has one such task of each kind that is not cancelled.
drop index follow_up_task_once;
create unique index follow_up_task_once on follow_up_task (referral_id, kind)
    where kind in ('FIRST_CONTACT', 'NEEDS_ASSESSMENT', 'RISK_ASSESSMENT') and status <> 'CANCELLED';
