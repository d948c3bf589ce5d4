package dev.crm.common.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.cache.NoRecordCache;
import dev.crm.common.cache.RecordCache;
import dev.crm.common.cache.RedisRecordCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class CrmCacheAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, CrmCacheAutoConfiguration.class))
            .withBean(JsonMapper.class, JsonMapper::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("crm.cache.ttl=10m", "crm.cache.command-timeout=150ms", "crm.cache.retry-after=30s", "crm.cache.write-guard=5s");

    @Test
    void withoutRedisEveryReadGoesToTheDatabaseAndTheServiceSaysSo(CapturedOutput output) {
        runner.withPropertyValues("crm.cache.redis-url=").run(context -> {
            RecordCache cache = context.getBean(RecordCache.class);
            assertThat(cache).isInstanceOf(NoRecordCache.class);
            assertThat(cache.get("contact", UUID.randomUUID(), String.class, () -> "from the database")).isEqualTo("from the database");
        });
        assertThat(output).contains("No Redis configured (CRM_REDIS_URL is empty): records are not cached");
    }

    @Test
    void withARedisUrlRecordsAreCachedThere(CapturedOutput output) {
        runner.withPropertyValues("crm.cache.redis-url=redis://127.0.0.1:6379").run(context ->
                assertThat(context.getBean(RecordCache.class)).isInstanceOf(RedisRecordCache.class));
        assertThat(output).contains("Records cached in Redis at 127.0.0.1:6379");
    }

    @Test
    void aServiceWithoutTheRedisStarterGetsNoCacheAndNoRedisClient() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis", "org.springframework.boot.data.redis"))
                .withPropertyValues("crm.cache.redis-url=redis://127.0.0.1:6379").run(context -> {
                    assertThat(context.getBean(RecordCache.class)).isInstanceOf(NoRecordCache.class);
                    assertThat(context).doesNotHaveBean("redisConnectionFactory").doesNotHaveBean("stringRedisTemplate");
                });
    }
}
