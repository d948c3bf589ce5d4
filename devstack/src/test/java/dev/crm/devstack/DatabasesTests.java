package dev.crm.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabasesTests {

    @Test
    void replacesOnlyTheDatabaseNameOfAJdbcUrl() {
        assertThat(Databases.withDatabase("jdbc:postgresql://db.internal:6543/crm?sslmode=require&ApplicationName=x", "postgres"))
                .isEqualTo("jdbc:postgresql://db.internal:6543/postgres?sslmode=require&ApplicationName=x");
        assertThat(Databases.withDatabase("jdbc:postgresql://localhost:5432/", "crm_test"))
                .isEqualTo("jdbc:postgresql://localhost:5432/crm_test");
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        Databases databases = new Databases("jdbc:postgresql://localhost:1/postgres", "postgres", "");

        assertThatThrownBy(() -> databases.recreate("crm; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> databases.ensure("Crm-Test")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUrlsOfOtherDatabases() {
        assertThatThrownBy(() -> new Databases("jdbc:mysql://localhost/crm", "root", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
