package dev.crm.common.tenant.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;

/**
 * Wraps the connection pool in a {@link SchemaTrackingDataSource}. First of all post-processors: the
 * JDBC tracing proxy (datasource-micrometer) must wrap the tracking data source, not hide the pool
 * from it (the pool would then go unwrapped and schemas would not be tracked).
 */
public class SchemaTrackingPostProcessor implements BeanPostProcessor, PriorityOrdered {

    private final int maxSchemasPerConnection;

    public SchemaTrackingPostProcessor(int maxSchemasPerConnection) {
        this.maxSchemasPerConnection = maxSchemasPerConnection;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof HikariDataSource pool ? new SchemaTrackingDataSource(pool, maxSchemasPerConnection) : bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
