package dev.crm.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the real PostgreSQL the launcher points at (CRM_DB_URL), else localhost:5432. */
class DatabasesIT {

    private static final String URL = envOr("CRM_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = envOr("CRM_DB_USER", "postgres");
    private static final String PASSWORD = envOr("CRM_DB_PASSWORD", "");

    private final Databases databases = new Databases(URL, USER, PASSWORD);
    private final String name = "devstack_it_" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void dropTheDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(Databases.withDatabase(URL, "postgres"), USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void ensureCreatesAMissingDatabaseOnceAndThenLeavesItAlone() throws Exception {
        assertThat(databases.exists(name)).isFalse();

        assertThat(databases.ensure(name)).isTrue();
        execute("CREATE TABLE kept (id int)");
        assertThat(databases.ensure(name)).isFalse();

        assertThat(tables()).containsExactly("kept");
    }

    @Test
    void recreateLeavesAnEmptyDatabaseEvenWhileASessionIsOpenOnIt() throws Exception {
        databases.ensure(name);
        execute("CREATE TABLE leftover (id int)");
        try (Connection open = connect()) {
            databases.recreate(name);

            assertThat(open.isValid(2)).isFalse();
        }
        assertThat(databases.exists(name)).isTrue();
        assertThat(tables()).isEmpty();
    }

    @Test
    void recreateCreatesADatabaseThatDidNotExist() throws Exception {
        databases.recreate(name);

        assertThat(databases.exists(name)).isTrue();
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(Databases.withDatabase(URL, name), USER, PASSWORD);
    }

    private void execute(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private java.util.List<String> tables() throws Exception {
        var names = new java.util.ArrayList<String>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
