package dev.crm.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CacheKeysTests {

    private static final UUID TENANT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID ID = UUID.fromString("22222222-2222-2222-2222-222222222222");

    @Test
    void scopesARecordByTenantAndEntity() {
        assertThat(CacheKeys.record(TENANT, "contact", ID))
                .isEqualTo("crm:11111111-1111-1111-1111-111111111111:contact:22222222-2222-2222-2222-222222222222");
        assertThat(CacheKeys.record(UUID.randomUUID(), "contact", ID)).isNotEqualTo(CacheKeys.record(TENANT, "contact", ID));
        assertThat(CacheKeys.record(TENANT, "company", ID)).isNotEqualTo(CacheKeys.record(TENANT, "contact", ID));
    }

    @Test
    void keepsTheGenerationBesideTheRecordsItInvalidates() {
        assertThat(CacheKeys.generation(TENANT, "company")).isEqualTo("crm:11111111-1111-1111-1111-111111111111:company:gen");
    }

    @Test
    void refusesAnEntityNameThatCouldReachAnotherKey() {
        assertThatThrownBy(() -> CacheKeys.record(TENANT, "contact:x", ID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CacheKeys.generation(TENANT, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CacheKeys.generation(null, "contact")).isInstanceOf(IllegalArgumentException.class);
    }
}
