package dev.crm.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of everything an organization has stored: per table of its schema, the number of rows and
 * a sum of their hashes, so that a refused request that inserted, changed or deleted a row shows.
 */
final class OrganizationRows {

    private final String schema;
    private final List<String> tables;

    OrganizationRows(String schema) {
        this.schema = schema;
        this.tables = tables(schema);
    }

    Map<String, String> fingerprint() {
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            if (!sql.isEmpty()) sql.append(" union all ");
            sql.append("select '").append(table).append("', count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) from ")
                    .append(schema).append('.').append(table).append(" t");
        }
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql.toString())) {
            while (rs.next()) rows.put(rs.getString(1), rs.getString(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Waits until nothing changes for a while: events of the setup (default pipeline, audit entries) still arriving. */
    Map<String, String> settled() {
        Map<String, String> last = fingerprint();
        for (int i = 0; i < 40; i++) {
            sleep(500);
            Map<String, String> now = fingerprint();
            if (now.equals(last)) return now;
            last = now;
        }
        throw new AssertionError("the organization's rows kept changing: " + last);
    }

    private static List<String> tables(String schema) {
        List<String> names = new ArrayList<>();
        try (Connection c = connect();
             var statement = c.prepareStatement("select table_name from information_schema.tables where table_schema = ? "
                     + "and table_type = 'BASE TABLE' and table_name not like 'flyway%' order by 1")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(Platform.DB_URL, Platform.DB_USER, Platform.DB_PASSWORD);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
