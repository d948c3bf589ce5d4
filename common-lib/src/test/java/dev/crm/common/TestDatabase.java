package dev.crm.common;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The tests' PostgreSQL: CRM_TEST_DB_URL, or crm_test on localhost with trust authentication. */
public final class TestDatabase {

    public static final String URL = System.getenv().getOrDefault("CRM_TEST_DB_URL", "jdbc:postgresql://localhost:5432/crm_test");

    private TestDatabase() {}

    public static DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(URL,
                System.getenv().getOrDefault("CRM_DB_USER", "postgres"), System.getenv().getOrDefault("CRM_DB_PASSWORD", ""));
    }
}
