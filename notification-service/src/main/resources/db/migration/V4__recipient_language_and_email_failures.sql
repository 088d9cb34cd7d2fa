-- Each recipient reads their notices, and the e-mails that announce them, in their own language: Albanian (sq)
-- or English (en). A user the service has no record of gets Albanian.
alter table recipient add column language text not null default 'sq';
alter table recipient add constraint recipient_language check (language in ('sq', 'en'));

-- The demo users of the realm read English, except the Durrës worker and the police teams, who read Albanian.
update recipient set language = 'en'
where username not in ('cpu.durres.worker', 'police.kamza', 'police.tirana');

-- An e-mail the SMTP server keeps refusing is given up after a number of attempts (FAILED), with the last error;
-- until then it stays PENDING and is retried.
alter table notification drop constraint notification_email_status_check;
alter table notification add constraint notification_email_status
    check (email_status in ('PENDING', 'SENT', 'FAILED', 'NO_ADDRESS'));
alter table notification add column email_error text;
