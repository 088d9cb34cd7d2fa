import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Stand-in for psql on a machine without PostgreSQL client tools, used by ./platform only.
 *
 * <pre>java -cp .platform/postgresql-jdbc.jar deploy/local/DbAdmin.java HOST PORT USER &lt; statements</pre>
 *
 * Reads one SQL statement per line from standard input and runs each on the database "postgres" in
 * autocommit mode (CREATE/DROP DATABASE need that). A statement starting with SELECT prints the first
 * column of every row, one per line, like {@code psql -At}. The password, if any, comes from PGPASSWORD.
 * Stops at the first failing statement with exit code 1.
 */
public class DbAdmin {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DbAdmin HOST PORT USER < statements");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/postgres";
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, args[2], password);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            connection.setAutoCommit(true);
            String line;
            while ((line = in.readLine()) != null) {
                String sql = line.strip();
                if (sql.isEmpty()) {
                    continue;
                }
                run(connection, sql);
            }
        } catch (SQLException e) {
            System.err.println("DbAdmin: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (sql.regionMatches(true, 0, "SELECT", 0, 6)) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        System.out.println(rows.getString(1));
                    }
                }
            } else {
                statement.execute(sql);
            }
        }
    }
}
