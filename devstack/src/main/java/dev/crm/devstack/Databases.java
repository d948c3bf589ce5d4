package dev.crm.devstack;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/** Creates and recreates databases on a PostgreSQL server over JDBC; no psql needed. */
final class Databases {

    private static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
    private static final String INVALID_CATALOG_NAME = "3D000";

    private final String url;
    private final Properties credentials = new Properties();

    /**
     * @param url the JDBC URL of any database on the server; its database name is replaced by the
     *     maintenance database {@code postgres} (query parameters are kept)
     */
    Databases(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        this.url = url;
        credentials.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("connectTimeout", "10");
    }

    /** Creates {@code name} unless it exists; true when it was created. */
    boolean ensure(String name) throws SQLException {
        checkName(name);
        try (Connection c = DriverManager.getConnection(withDatabase(url, name), credentials)) {
            return false;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw e;
            }
        }
        try (Connection c = maintenance(); Statement s = c.createStatement()) {
            try {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                if ("42P04".equals(e.getSQLState())) { // duplicate_database: created meanwhile by someone else
                    return false;
                }
                throw e;
            }
            return true;
        }
    }

    /** Drops {@code name}, closing every session on it, and creates it empty. */
    void recreate(String name) throws SQLException {
        checkName(name);
        try (Connection c = maintenance(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseMajorVersion() >= 13) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                try (PreparedStatement terminate = c.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                    terminate.setString(1, name);
                    terminate.executeQuery().close();
                }
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
            s.execute("CREATE DATABASE " + name);
        }
    }

    boolean exists(String name) throws SQLException {
        try (Connection c = maintenance();
                PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Connection maintenance() throws SQLException {
        try {
            return DriverManager.getConnection(withDatabase(url, "postgres"), credentials);
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw e;
            }
            return DriverManager.getConnection(withDatabase(url, "template1"), credentials);
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: '" + name + "'");
        }
    }

    /** {@code jdbc:postgresql://host:port/db?params} with {@code db} replaced. */
    static String withDatabase(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query;
    }
}
