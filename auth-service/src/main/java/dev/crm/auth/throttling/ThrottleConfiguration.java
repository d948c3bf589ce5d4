package dev.crm.auth.throttling;

import dev.crm.common.cache.CacheSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Redis as the record cache has it ({@code crm.cache.*}: CRM_REDIS_URL, short command timeout), or memory only. */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ThrottleConfiguration.class);

    @Bean
    Throttle throttle(CacheSettings redis, ObjectProvider<StringRedisTemplate> template) {
        if (!redis.configured()) {
            log.warn("No Redis configured (CRM_REDIS_URL is empty): attempts are counted per instance");
            return new Throttle(null, redis.retryAfter());
        }
        return new Throttle(new RedisAttemptBuckets(template.getObject()), redis.retryAfter());
    }
}
