-- A child can be in several situations at once (a victim and without parental care); priority has three levels.
alter table referral add column situations text;
update referral set situations = legal_status;
alter table referral alter column situations set not null;
alter table referral drop column legal_status;
update referral set priority = 'NORMAL' where priority = 'ROUTINE';
