package dev.crm.common.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's defaults (datasource from CRM_DB_URL, Redis from CRM_REDIS_URL, JSON logs, actuator, virtual threads, ...)
 * behind every other property source, so each service's application.yaml only says what is its own.
 */
public class CrmDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(propertySource());
        String redisUrl = environment.getProperty("crm.cache.redis-url");
        // Only a URL that names a server: Boot cannot connect to an empty one, and without one it is never used.
        if (redisUrl != null && !redisUrl.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("crm-redis", Map.of("spring.data.redis.url", "${crm.cache.redis-url}")));
        }
    }

    /** crm-defaults.properties, whose placeholders name the CRM_* variables. */
    static ResourcePropertySource propertySource() {
        try {
            return new ResourcePropertySource("crm-defaults", new ClassPathResource("crm-defaults.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
