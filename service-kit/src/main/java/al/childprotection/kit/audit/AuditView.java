package al.childprotection.kit.audit;

import java.time.Instant;

/** One audit record as supervisors and SARPC read it. */
public record AuditView(long position, Instant at, String actor, String actorRole, String actorMunicipality,
        String action, String recordType, String recordId, String intakeId, String recordMunicipality, String method,
        String path, String outcome) {

    static AuditView of(AuditRecord row) {
        return new AuditView(row.position, row.at, row.actor, row.actorRole, row.actorMunicipality, row.action,
                row.recordType, row.recordId, row.intakeId, row.recordMunicipality, row.method, row.path, row.outcome);
    }
}
