-- Test data: a CPU whose only member is its supervisor.
insert into cpu_worker (username, display_name, cpu_code, municipality, role) values
    ('cpu.vore.supervisor', 'Valbona Deda', 'cpu-vore', 'Vorë', 'SUPERVISOR');
