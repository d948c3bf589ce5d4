package dev.crm.common.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.cache.RecordCache;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import io.lettuce.core.AclSetuserArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's record cache reached through CRM_REDIS_URL as an ACL user, in the database the URL
 * names, against the Redis on localhost:6379 (test-support's RedisAclUser is out of common-lib's reach).
 */
class RedisCredentialsIT {

    private static final int DATABASE = 8;

    private final String user = "crmtest-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();
    private final RedisClient client = RedisClient.create("redis://localhost:6379");
    private final RedisCommands<String, String> admin = client.connect().sync();

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withInitializer(context -> new CrmDefaults().postProcessEnvironment(context.getEnvironment(), null))
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, CrmCacheAutoConfiguration.class))
            .withBean(JsonMapper.class, JsonMapper::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @AfterEach
    void deleteUser() {
        admin.aclDeluser(user);
        client.shutdown();
    }

    @Test
    void recordsAreCachedAsTheUrlsUserInItsDatabase() {
        admin.aclSetuser(user, AclSetuserArgs.Builder.on().addPassword(password).keyPattern("crm:*").allCommands());
        UUID tenant = UUID.randomUUID();
        UUID contact = UUID.randomUUID();

        runner.withPropertyValues("crm.cache.redis-url=redis://" + user + ":" + password + "@localhost:6379/" + DATABASE).run(context ->
                TenantContext.runAs(new CurrentTenant(tenant, "acme", "acme_1"), () ->
                        context.getBean(RecordCache.class).get("contact", contact, String.class, () -> "from the database")));

        admin.select(DATABASE);
        assertThat(admin.keys("crm:" + tenant + ":contact:" + contact)).hasSize(1);
    }
}
