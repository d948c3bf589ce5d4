package dev.crm.common.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaNameTests {

    @Test
    void derivesTheSchemaFromTheSubdomainAndANumber() {
        assertThat(SchemaName.forSubdomain("acme", 123)).isEqualTo("acme_123");
        assertThat(SchemaName.forSubdomain("acme-corp", 7)).isEqualTo("acme_corp_7");
    }

    @Test
    void prefixesASubdomainThatStartsWithADigit() {
        assertThat(SchemaName.forSubdomain("42north", 1)).isEqualTo("t_42north_1");
    }

    @Test
    void refusesAnythingThatCouldBreakOutOfAnIdentifier() {
        for (String bad : new String[] {"acme\"; drop schema public cascade; --", "Acme_1", "1acme", "ab", "pg_catalog",
                "acme-1", "acme 1", "", "a".repeat(64)}) {
            assertThatThrownBy(() -> SchemaName.requireValid(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theNoTenantSchemaIsValidButNeverATenants() {
        assertThat(SchemaName.requireValid(SchemaName.NO_TENANT)).isEqualTo("no_tenant_in_context");
    }
}
