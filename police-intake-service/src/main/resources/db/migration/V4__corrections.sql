-- A team corrects what it recorded: the intake keeps who recorded it when, and adds who last corrected it when.
alter table intake
    add column corrected_by text,
    add column corrected_at timestamptz,
    add constraint intake_correction_complete check ((corrected_by is null) = (corrected_at is null));
