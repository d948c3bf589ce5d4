package dev.crm.common.tenant.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crm.common.tenant.SchemaName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Against real PostgreSQL: each connection's schema is known without asking and switched only when it
 * changes; a borrower starts in no schema; a connection that served too many schemas is
 * retired, others are kept.
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
            for (String schema : schemas) {
                c.setSchema(schema);
                currentSchemaInTheDatabase(c);
            }
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
        borrowIn("pg_catalog");
        try (Connection c = limited.getConnection()) {
            c.setSchema("public");
            assertThat(c.getSchema()).isEqualTo("public").isEqualTo(currentSchemaInTheDatabase(c));
        }
    }

    @Test
    void aBorrowerThatNamesNoSchemaRunsInNoneNotInThePreviousBorrowers() throws SQLException {
        borrowIn("pg_catalog");
        try (Connection c = limited.getConnection()) {
            assertThat(c.getSchema()).isEqualTo(SchemaName.NO_TENANT);
            assertThat(currentSchemaInTheDatabase(c)).as("no schema of that name exists").isNull();
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

    @Test
    void theSwitchBackOnReturnIsNeverSentSoTheNextBorrowerOfTheSameSchemaSendsNone() throws SQLException {
        try (Connection c = limited.getConnection()) {
            String found = c.getSchema();
            c.setSchema("public");
            try (Statement behindItsBack = c.createStatement()) {
                behindItsBack.execute("set search_path to information_schema");
            }
            c.setSchema(found); // as Hibernate switches back when it returns a connection: nothing follows
        }
        try (Connection c = limited.getConnection()) {
            c.setSchema("public");
            assertThat(currentSchemaInTheDatabase(c)).as("neither switch was sent").isEqualTo("information_schema");
        }
    }

    @Test
    void aSwitchInsideATransactionThatRollsBackIsSentAgain() throws SQLException {
        for (boolean rollBackByHand : new boolean[] {true, false}) {
            try (Connection c = limited.getConnection()) {
                c.setAutoCommit(false);
                c.setSchema("pg_catalog");
                assertThat(currentSchemaInTheDatabase(c)).isEqualTo("pg_catalog");
                if (rollBackByHand) c.rollback(); // else the pool rolls back when the connection returns
            }
            try (Connection c = limited.getConnection()) {
                c.setSchema("pg_catalog");
                assertThat(currentSchemaInTheDatabase(c)).as("the rolled back switch is sent again").isEqualTo("pg_catalog");
                c.setSchema("public");
                assertThat(currentSchemaInTheDatabase(c)).isEqualTo("public");
            }
        }
    }

    /** A borrower that runs a statement in {@code schema}. */
    private void borrowIn(String schema) throws SQLException {
        try (Connection c = limited.getConnection()) {
            c.setSchema(schema);
            assertThat(currentSchemaInTheDatabase(c)).isEqualTo(schema);
        }
    }

    private static String currentSchemaInTheDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
