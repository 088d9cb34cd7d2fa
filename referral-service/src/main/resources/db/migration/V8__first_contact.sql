-- The first-contact deadline, learnt from case-service's task.assigned event for the referral's FIRST_CONTACT task.
alter table referral add column first_contact_due_at timestamptz;
alter table referral add column first_contact_assignee text;
