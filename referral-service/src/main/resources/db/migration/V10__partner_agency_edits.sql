-- Partner agencies (the NRM, shelters) are edited by platform administrators like the rest of the directory.
alter table directory_edit drop constraint directory_edit_entity_check;
alter table directory_edit add constraint directory_edit_entity_check
    check (entity in ('CPU', 'POLICE_STATION', 'CPU_MEMBER', 'PARTNER_AGENCY'));
