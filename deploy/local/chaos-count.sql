-- The count of a chaos run (./platform chaos, deploy/local/chaos.sh). It runs in one psql session after the
-- script has loaded, into temporary tables, copies of what each service holds:
--   accepted (intake_id)                      the intakes that got a 201, from the load driver
--   intake   (id)                             police-intake-service
--   referral (intake_id, id)                  referral-service
--   task     (referral_id, id)                case-service: first-contact tasks
--   notice   (task_id, recipient, email_status) notification-service: task notifications
--   outbox   (db, unsent)                     unsent outbox rows of each service
-- Prints "figure|value" lines.

create temp view chain as
select a.intake_id,
       exists (select 1 from intake i where i.id = a.intake_id)                                        as stored,
       (select count(*) from referral r where r.intake_id = a.intake_id)                               as referrals,
       (select count(*) from referral r join task t on t.referral_id = r.id
         where r.intake_id = a.intake_id)                                                              as tasks,
       (select count(*) from referral r join task t on t.referral_id = r.id
          join notice n on n.task_id = t.id where r.intake_id = a.intake_id)                           as notices,
       (select count(*) from referral r join task t on t.referral_id = r.id
          join notice n on n.task_id = t.id where r.intake_id = a.intake_id and n.email_status = 'SENT') as emailed
from (select distinct intake_id from accepted) a;

create temp view figures as
select (select count(*) from chain)                                                          as accepted,
       (select count(*) from intake)                                                         as intakes,
       (select count(*) from chain where referrals > 0)                                      as referrals,
       (select count(*) from chain where tasks > 0)                                          as tasks,
       (select count(*) from chain where notices > 0)                                        as notifications,
       (select count(*) from chain where emailed > 0)                                        as emailed,
       (select count(*) from chain where not stored or referrals = 0 or tasks = 0 or notices = 0) as lost,
       (select count(*) from intake where id not in (select intake_id from accepted))        as extra_intakes,
       (select coalesce(sum(n - 1), 0) from (select count(*) n from referral group by intake_id) r where n > 1)
                                                                                             as duplicate_referrals,
       (select coalesce(sum(n - 1), 0) from (select count(*) n from task group by referral_id) t where n > 1)
                                                                                             as duplicate_tasks,
       (select coalesce(sum(n - 1), 0) from (select count(*) n from notice group by task_id) x where n > 1)
                                                                                             as duplicate_notifications,
       (select coalesce(sum(unsent), 0) from outbox)
         + (select count(*) from notice where email_status = 'PENDING')                      as unsent;

select 'accepted', (accepted)::text from figures
union all select 'intakes', (intakes)::text from figures
union all select 'referrals', (referrals)::text from figures
union all select 'tasks', (tasks)::text from figures
union all select 'notifications', (notifications)::text from figures
union all select 'emailed', (emailed)::text from figures
union all select 'lost', (lost)::text from figures
union all select 'extra_intakes', (extra_intakes)::text from figures
union all select 'duplicate_referrals', (duplicate_referrals)::text from figures
union all select 'duplicate_tasks', (duplicate_tasks)::text from figures
union all select 'duplicate_notifications', (duplicate_notifications)::text from figures
union all select 'duplicates', (extra_intakes + duplicate_referrals + duplicate_tasks + duplicate_notifications)::text from figures
union all select 'unsent', (unsent)::text from figures
union all select 'settled', ((lost = 0 and unsent = 0)::text)::text from figures;
