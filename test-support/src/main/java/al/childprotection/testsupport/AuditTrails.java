package al.childprotection.testsupport;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The audit trail of the service under test, as the kit's {@code GET /audit?child=} shows it to SARPC and CPU
 * supervisors: each record a JSON object (actor, actorRole, actorMunicipality, action, recordType, recordId,
 * intakeId, recordMunicipality, method, path, outcome, position, at).
 */
public final class AuditTrails {

    private AuditTrails() {
    }

    /** Who did something, as the token says: the user, their platform role and the municipality claim. */
    public record Actor(String name, String role, String municipality) {
    }

    /** The records of a child (any of its record ids, or its intake's), oldest first, as {@code reader} sees them. */
    public static List<Map<String, Object>> auditOf(String child, String reader) {
        return LinkedPages.all(() -> given().auth().oauth2(TestTokens.of(reader)), "/audit?child=" + child);
    }

    /** The record as a test can expect it: all but its position and time, which only the service knows. */
    public static Map<String, Object> withoutPositionAndTime(Map<String, Object> row) {
        Map<String, Object> rest = new HashMap<>(row);
        rest.remove("position");
        rest.remove("at");
        return rest;
    }

    /** An expected record, comparable with {@link #withoutPositionAndTime}: who did what to which record, how. */
    public static Map<String, Object> entry(Actor actor, String action, String recordType, String recordId,
            String intakeId, String recordMunicipality, String method, String path) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("actor", actor.name());
        entry.put("actorRole", actor.role());
        entry.put("actorMunicipality", actor.municipality());
        entry.put("action", action);
        entry.put("recordType", recordType);
        entry.put("recordId", recordId);
        entry.put("intakeId", intakeId);
        entry.put("recordMunicipality", recordMunicipality);
        entry.put("method", method);
        entry.put("path", path);
        entry.put("outcome", "DONE");
        return entry;
    }

    /**
     * Runs {@code sql} on the service's database as its application user (the injected datasource; the migrations
     * run as another role), as one trying to rewrite history.
     */
    public static void tamperWith(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
