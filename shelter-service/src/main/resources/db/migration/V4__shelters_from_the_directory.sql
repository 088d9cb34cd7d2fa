-- Who a shelter is (name, municipality, whether it takes placements) comes from the directory's directory.events
-- (decision 19); this service keeps only its rooms, beds and place in the line of shelters (decision 6). The seeded
-- names and municipalities go: a shelter takes no placement until the directory has said that it is active.
-- directory_changed_at is when the directory last said so; null: not known to the directory.
alter table shelter
    alter column name drop not null,
    alter column municipality drop not null,
    alter column accepts drop not null,
    add column active               boolean not null default false,
    add column directory_changed_at timestamptz;
update shelter set name = null, municipality = null;

-- A referral that ends (redirected, revoked, rejected, closed, consent withdrawn) withdraws its open placement
-- requests, with the reason; a withdrawn request takes no decision any more.
alter table placement_request drop constraint placement_request_status_check;
alter table placement_request add constraint placement_request_status_check
    check (status in ('WAITING', 'ESCALATED', 'ADMITTED', 'WITHDRAWN'));
alter table placement_request
    add column withdrawn_at     timestamptz,
    add column withdrawn_reason text,
    add constraint placement_request_withdrawal check ((status = 'WITHDRAWN') = (withdrawn_at is not null));
create index placement_request_requested on placement_request (requested_at desc, id desc);

-- The overstay clock announces each stay end once: the end it last announced.
alter table placement add column overstay_announced_for timestamptz;
create index placement_overstay on placement (stay_ends_at, id) where status = 'IN_SHELTER';
create index placement_admitted on placement (admitted_at desc, id desc);

-- The reintegration follow-up's deadline is case-service's (platform.sla.reintegration-follow-up), kept once.
alter table placement drop column reintegration_due_at;
