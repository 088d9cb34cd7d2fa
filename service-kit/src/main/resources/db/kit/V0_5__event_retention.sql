-- The retention purge (decision 14) finds old sent outbox rows and old processed-event rows by these.
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;
create index processed_event_by_time on processed_event (processed_at);
