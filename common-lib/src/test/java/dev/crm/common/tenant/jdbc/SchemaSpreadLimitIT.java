package dev.crm.common.tenant.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/** Against real PostgreSQL: a connection that served too many schemas is retired, others are kept. */
class SchemaSpreadLimitIT {

    HikariDataSource pool;
    SchemaSpreadLimit limited;

    @BeforeEach
    void onePooledConnection() {
        pool = new HikariDataSource();
        String url = System.getenv().getOrDefault("CRM_TEST_DB_URL", "jdbc:postgresql://localhost:5432/crm_test");
        pool.setJdbcUrl(url);
        pool.setUsername(System.getenv().getOrDefault("CRM_DB_USER", "postgres"));
        pool.setPassword(System.getenv().getOrDefault("CRM_DB_PASSWORD", ""));
        pool.setMaximumPoolSize(1);
        limited = new SchemaSpreadLimit(pool, 3);
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
}
