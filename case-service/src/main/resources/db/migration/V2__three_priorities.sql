-- Priority has three levels (emergency, high, normal); what was "routine" is normal.
update follow_up_task set priority = 'NORMAL' where priority = 'ROUTINE';
