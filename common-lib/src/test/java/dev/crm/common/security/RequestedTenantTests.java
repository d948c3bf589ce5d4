package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestedTenantTests {

    @Test
    void theHeaderNamesTheTenantFirst() {
        assertThat(RequestedTenant.from(" Acme ", "globex.crm.example", "crm.example")).contains("acme");
    }

    @Test
    void elseTheSubdomainOfTheBaseDomain() {
        assertThat(RequestedTenant.from(null, "acme.crm.example:8443", "crm.example")).contains("acme");
    }

    @Test
    void nothingWhenTheHostIsNotASingleLabelUnderTheBaseDomain() {
        assertThat(RequestedTenant.from(null, "crm.example", "crm.example")).isEmpty();
        assertThat(RequestedTenant.from(null, "a.b.crm.example", "crm.example")).isEmpty();
        assertThat(RequestedTenant.from(null, "acme.evil.example", "crm.example")).isEmpty();
        assertThat(RequestedTenant.from(null, "localhost", "")).isEmpty();
    }
}
