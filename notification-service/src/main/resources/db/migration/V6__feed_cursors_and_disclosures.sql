-- Every disclosure to a ministry, per subscriber: which feed entry went to which client, when, how (a page read or a
-- push attempt) and through which subscription. No child data: the entry's position and type only; what the entry
-- said stays in feed_entry. Append-only, as the audit trail is (decision 7).
create table feed_disclosure (
    id              bigint generated always as identity primary key,
    at              timestamptz not null,
    client_id       text        not null,
    channel         text        not null check (channel in ('PULL', 'PUSH')),
    subscription_id uuid,
    entry_cursor    bigint      not null,
    event_type      text        not null
);
create index feed_disclosure_by_client on feed_disclosure (client_id, at);
create index feed_disclosure_by_entry on feed_disclosure (entry_cursor);

create function feed_disclosure_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'feed_disclosure is append-only: % refused', tg_op;
end;
$$;

create trigger feed_disclosure_no_update_or_delete
    before update or delete on feed_disclosure
    for each row execute function feed_disclosure_is_append_only();

create trigger feed_disclosure_no_truncate
    before truncate on feed_disclosure
    for each statement execute function feed_disclosure_is_append_only();
