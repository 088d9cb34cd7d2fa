-- What the directory last published of each entry (decision 19): a digest of the entry's state, keyed like the
-- directory topic ("unit:cpu-kamez", "member:cpu.kamez.worker"). At start, an entry whose state differs from its
-- digest, or that has none, is published again; an unchanged directory publishes nothing.
create table directory_publication (
    entry_id text primary key,
    digest   text not null
);
