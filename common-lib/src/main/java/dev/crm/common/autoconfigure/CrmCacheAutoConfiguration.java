package dev.crm.common.autoconfigure;

import dev.crm.common.cache.CacheSettings;
import dev.crm.common.cache.NoRecordCache;
import dev.crm.common.cache.RecordCache;
import dev.crm.common.cache.RedisRecordCache;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record cache. A service that caches depends on {@code spring-boot-starter-data-redis} (common-lib
 * has it as optional, so the others start no Redis client); it then caches in Redis when
 * {@code crm.cache.redis-url} names one (CRM_REDIS_URL, else localhost:6379), else not at all, which it
 * says once at start. Connection settings are Spring Boot's ({@code spring.data.redis.*}, the URL set
 * by {@link CrmDefaults}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CacheSettings.class)
public class CrmCacheAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CrmCacheAutoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer")
    static class WithoutRedisClient {

        @Bean
        @ConditionalOnMissingBean
        RecordCache recordCache() {
            return new NoRecordCache();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.data.redis.core.StringRedisTemplate",
            "org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer"})
    static class WithRedisClient {

        /**
         * Commands give up after {@code crm.cache.command-timeout}, and at once while disconnected rather
         * than queue; connecting keeps {@code spring.data.redis.timeout}, since Lettuce's handshake uses that.
         */
        @Bean
        LettuceClientOptionsBuilderCustomizer crmShortRedisCommands(CacheSettings settings) {
            return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()));
        }

        @Bean
        @ConditionalOnMissingBean
        RecordCache recordCache(CacheSettings settings, ObjectProvider<StringRedisTemplate> redis, JsonMapper json, MeterRegistry meters) {
            if (!settings.configured()) {
                log.warn("No Redis configured (CRM_REDIS_URL is empty): records are not cached, every read goes to the database");
                return new NoRecordCache();
            }
            URI url = URI.create(settings.redisUrl());
            log.info("Records cached in Redis at {}:{} for {}", url.getHost(), url.getPort() < 0 ? 6379 : url.getPort(), settings.ttl());
            return new RedisRecordCache(redis.getObject(), json, settings, meters);
        }

        @Bean
        ApplicationListener<ApplicationReadyEvent> recordCacheWarmUp(RecordCache cache) {
            return ready -> {
                if (cache instanceof RedisRecordCache redis) redis.warmUp();
            };
        }
    }
}
