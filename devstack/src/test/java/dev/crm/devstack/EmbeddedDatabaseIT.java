package dev.crm.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fresh-machine path: PostgreSQL from Maven, its data kept across a restart. */
class EmbeddedDatabaseIT {

    @TempDir
    Path data;

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";

        try (EmbeddedDatabase first = EmbeddedDatabase.start(port, data)) {
            assertThat(first.jdbcUrl()).isEqualTo(url);
            new Databases(url, "postgres", "").ensure("kept");
            try (Connection c = DriverManager.getConnection(Databases.withDatabase(url, "kept"), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('still here')");
            }
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(port, data);
                Connection c = DriverManager.getConnection(Databases.withDatabase(url, "kept"), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT body, current_setting('server_version_num')::int FROM notes")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(170000);
        }
    }
}
