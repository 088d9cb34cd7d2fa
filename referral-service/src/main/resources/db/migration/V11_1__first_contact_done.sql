-- When case-service's first-contact task for the referral was completed (its task.completed event): from then on
-- the first contact is no longer overdue.
alter table referral add column first_contact_done_at timestamptz;
