package al.childprotection.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service runs as an application role that may only add to and read the audit trail, and owns nothing: it cannot
 * rewrite, remove or empty the audit records, nor drop or disable the triggers that guard them. The migrations ran
 * as the owner role, for which the triggers still refuse every update, delete and truncate.
 */
@QuarkusTest
class AuditRoleTests {

    private static final String INSERT = "insert into audit_record (at, actor, action, record_type, record_id)"
            + " values (now(), 'police.kamza', 'intake.read', 'intake', 'role-test')";

    /** The service's own datasource: the application role. */
    @Inject
    AgroalDataSource service;

    @Test
    void theServicesCredentialsMayOnlyAddAndReadAuditRecords() throws SQLException {
        try (Connection connection = service.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(sql.executeUpdate(INSERT)).isEqualTo(1);
            assertThat(count(sql, "select count(*) from audit_record where record_id = 'role-test'")).isPositive();
        }

        assertRefused("update audit_record set actor = 'nobody'", "permission denied for table audit_record");
        assertRefused("delete from audit_record", "permission denied for table audit_record");
        assertRefused("truncate audit_record", "permission denied for table audit_record");
    }

    @Test
    void theServicesCredentialsCannotDropOrDisableTheTriggers() {
        assertRefused("drop trigger audit_record_no_update_or_delete on audit_record", "must be owner");
        assertRefused("alter table audit_record disable trigger audit_record_no_update_or_delete", "must be owner");
        assertRefused("alter table audit_record disable trigger all", "must be owner");
        assertRefused("drop function audit_record_is_append_only() cascade", "must be owner");
        assertRefused("drop table audit_record", "must be owner");
        // a grant without grant option grants nothing (PostgreSQL only warns): the update stays refused
        attempt("grant update, delete, truncate on audit_record to current_user");
        assertRefused("update audit_record set actor = 'nobody'", "permission denied for table audit_record");
        assertRefused("alter table audit_record owner to current_user", "must be owner");
        // replica mode skips ordinary triggers; only a superuser may set it
        assertRefused("set session_replication_role = replica", "permission denied");
    }

    @Test
    void theServiceOwnsNothingAndStillWritesItsOwnTables() throws SQLException {
        try (Connection connection = service.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(count(sql, "select count(*) from pg_tables where schemaname = 'public'"
                    + " and tableowner = current_user")).isZero();
            // a table of the service's own migrations (V1, after the kit's grants): default privileges reached it
            assertThat(count(sql, "select count(*) from information_schema.table_privileges"
                    + " where grantee = current_user and table_name = 'intake'"
                    + " and privilege_type in ('SELECT', 'INSERT', 'UPDATE', 'DELETE')")).isEqualTo(4);
            assertThat(count(sql, "select count(*) from information_schema.table_privileges"
                    + " where grantee = current_user and table_name = 'audit_record'")).isEqualTo(2);
        }
    }

    @Test
    void theTriggersRefuseTheOwnerToo() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection owner = DriverManager.getConnection(config.getValue("quarkus.flyway.jdbc-url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class)); Statement sql = owner.createStatement()) {
            assertThat(count(sql, "select count(*) from pg_tables where tablename = 'audit_record'"
                    + " and tableowner = current_user")).isEqualTo(1);
            // the update and delete triggers fire per row: there must be one
            sql.executeUpdate(INSERT);
            for (String tampering : new String[] { "update audit_record set actor = 'nobody'",
                    "delete from audit_record", "truncate audit_record" }) {
                assertThatThrownBy(() -> sql.execute(tampering)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
        }
    }

    private void attempt(String statement) {
        try (Connection connection = service.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException refused) {
            // refused outright: as good as granting nothing
        }
    }

    private void assertRefused(String statement, String reason) {
        assertThatThrownBy(() -> {
            try (Connection connection = service.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute(statement);
            }
        }).as(statement).isInstanceOf(SQLException.class).hasMessageContaining(reason);
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
