package dev.crm.common.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TenantContextTests {

    private final CurrentTenant acme = new CurrentTenant(UUID.randomUUID(), "acme", "acme_1");
    private final CurrentTenant globex = new CurrentTenant(UUID.randomUUID(), "globex", "globex_2");

    @AfterEach
    void clear() {
        MDC.clear();
        TenantContext.clear();
    }

    @Test
    void backgroundWorkRunAsATenantLogsItsTenantAndLeavesNoTraceAfterwards() {
        TenantContext.runAs(acme, () -> assertThat(MDC.get("tenant_id")).isEqualTo(acme.id().toString()));

        assertThat(MDC.get("tenant_id")).isNull();
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void workNestedAsAnotherTenantRestoresTheOuterTenantInTheLogs() {
        MDC.put("tenant_id", acme.id().toString());
        TenantContext.set(acme);

        String inner = TenantContext.callAs(globex, () -> MDC.get("tenant_id"));

        assertThat(inner).isEqualTo(globex.id().toString());
        assertThat(MDC.get("tenant_id")).isEqualTo(acme.id().toString());
        assertThat(TenantContext.require()).isEqualTo(acme);
    }
}
