create table police_station (
    code         text primary key,
    name         text not null,
    municipality text not null
);

insert into police_station (code, name, municipality) values
    ('PS-TIRANE',   'Drejtoria Vendore e Policisë Tiranë', 'Tiranë'),
    ('PS-KAMEZ',    'Komisariati i Policisë Kamëz',        'Kamëz'),
    ('PS-VORE',     'Komisariati i Policisë Vorë',         'Vorë'),
    ('PS-LEZHE',    'Drejtoria Vendore e Policisë Lezhë',  'Lezhë'),
    ('PS-KRUJE',    'Komisariati i Policisë Krujë',        'Krujë'),
    ('PS-KURBIN',   'Komisariati i Policisë Kurbin',       'Kurbin'),
    ('PS-SHENGJIN', 'Komisariati i Policisë Shëngjin',     'Lezhë');

create table intake (
    id                      uuid primary key,
    station_code            text        not null references police_station (code),
    station_municipality    text        not null,
    contact_at              timestamptz not null,
    given_name              text        not null,
    family_name             text        not null,
    date_of_birth           date,
    estimated_age           integer,
    sex                     text        not null,
    nationality             text,
    residence_municipality  text,
    residence_unit          text,
    legal_status            text        not null,
    risk_level              text        not null,
    psychosocial_support    text,
    urgent_needs            text,
    recorded_by             text        not null,
    recorded_at             timestamptz not null,
    idempotency_key         text,
    request_fingerprint     text,
    constraint intake_age_known check (date_of_birth is not null or estimated_age is not null),
    constraint intake_idempotency unique (station_code, idempotency_key)
);
create index intake_station on intake (station_code, recorded_at desc);
