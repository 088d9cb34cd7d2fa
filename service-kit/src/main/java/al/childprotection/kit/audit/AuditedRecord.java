package al.childprotection.kit.audit;

import java.util.Objects;

/**
 * The child's record that was read or changed: its type ({@code intake}, {@code referral}, {@code case},
 * {@code child}...), its id, the intake it started from (the id that follows a child through every service) and
 * the municipality responsible for the child at that moment, which scopes what a supervisor may see.
 */
public record AuditedRecord(String type, String id, String intakeId, String municipality) {

    public AuditedRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditedRecord of(String type, Object id, Object intakeId, String municipality) {
        return new AuditedRecord(type, id.toString(), intakeId == null ? null : intakeId.toString(), municipality);
    }
}
