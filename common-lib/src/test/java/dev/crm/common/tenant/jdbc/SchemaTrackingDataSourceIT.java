package dev.crm.common.tenant.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Against real PostgreSQL: each connection's schema is known without asking; a connection that served
 * too many schemas is retired, others are kept.
 */
class SchemaTrackingDataSourceIT {

    HikariDataSource pool;
    SchemaTrackingDataSource limited;

    @BeforeEach
    void onePooledConnection() {
        pool = new HikariDataSource();
        String url = System.getenv().getOrDefault("CRM_TEST_DB_URL", "jdbc:postgresql://localhost:5432/crm_test");
        pool.setJdbcUrl(url);
        pool.setUsername(System.getenv().getOrDefault("CRM_DB_USER", "postgres"));
        pool.setPassword(System.getenv().getOrDefault("CRM_DB_PASSWORD", ""));
        pool.setMaximumPoolSize(1);
        limited = new SchemaTrackingDataSource(pool, 3);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    private int backendAfterVisiting(String... schemas) throws SQLException {
        try (Connection c = limited.getConnection()) {
            for (String schema : schemas) c.setSchema(schema);
            return c.unwrap(PGConnection.class).getBackendPID();
        }
    }

    @Test
    void keepsAConnectionThatServedFewSchemas() throws SQLException {
        int first = backendAfterVisiting("tenant_a_1", "tenant_b_2", "public");
        assertThat(backendAfterVisiting("tenant_a_1")).isEqualTo(first);
    }

    @Test
    void retiresAConnectionOnceItServedMoreSchemasThanTheLimit() throws SQLException {
        int first = backendAfterVisiting("tenant_a_1", "tenant_b_2");
        int again = backendAfterVisiting("tenant_c_3", "tenant_d_4");
        assertThat(again).isEqualTo(first);
        assertThat(backendAfterVisiting("public")).as("a fresh backend after four schemas").isNotEqualTo(first);
    }

    @Test
    void theSchemaIsKnownAcrossCheckoutsAndTheDatabaseAgrees() throws SQLException {
        try (Connection c = limited.getConnection()) {
            assertThat(c.getSchema()).isEqualTo("public");
            c.setSchema("pg_catalog");
        }
        try (Connection c = limited.getConnection()) {
            assertThat(c.getSchema()).isEqualTo("pg_catalog").isEqualTo(currentSchemaInTheDatabase(c));
            c.setSchema("public");
            assertThat(currentSchemaInTheDatabase(c)).isEqualTo("public");
        }
    }

    @Test
    void switchingToTheSchemaTheConnectionHasSendsNothing() throws SQLException {
        try (Connection c = limited.getConnection()) {
            c.setSchema("public");
            try (Statement behindItsBack = c.createStatement()) {
                behindItsBack.execute("set search_path to pg_catalog");
            }
            c.setSchema("public");
            assertThat(currentSchemaInTheDatabase(c)).as("no statement was sent").isEqualTo("pg_catalog");
            c.setSchema(null);
        }
    }

    private static String currentSchemaInTheDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
