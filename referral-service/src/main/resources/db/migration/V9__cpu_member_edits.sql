-- Who works at which CPU is directory data too, and every change of it is logged.
alter table directory_edit drop constraint directory_edit_entity_check;
alter table directory_edit add constraint directory_edit_entity_check
    check (entity in ('CPU', 'POLICE_STATION', 'CPU_MEMBER'));
