-- Agencies that receive referrals besides the CPUs. The National Referral Mechanism for trafficking (NRM) is
-- coordinated at the Ministry of Interior in Tirana.
create table partner_agency (
    code         text primary key,
    name         text    not null,
    kind         text    not null check (kind in ('NRM')),
    municipality text    not null references municipality (name),
    active       boolean not null default true
);

insert into partner_agency (code, name, kind, municipality) values
    ('nrm', 'Mekanizmi Kombëtar i Referimit (Zyra e Koordinatorit Kombëtar kundër Trafikimit)', 'NRM', 'Tiranë');

-- A suspected victim of trafficking is referred to the NRM as well as to the responsible CPU: the NRM's referral
-- has its own id, kept on the CPU's referral.
alter table referral add column nrm_referral_id uuid unique;
