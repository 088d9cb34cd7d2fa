-- Intersectoral Technical Group meetings on a case: the agencies that took part, and the decisions; a decision
-- with a responsible agency and a due date becomes a task of the case (its id kept in the decision). Both lists
-- are JSON arrays, kept as text (the reactive driver maps jsonb to objects only).
create table itg_meeting (
    id           uuid primary key,
    case_id      uuid        not null references protection_case (id),
    held_at      timestamptz not null,
    participants text        not null,
    decisions    text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
create index itg_meeting_case on itg_meeting (case_id, held_at);
