package dev.crm.common.tenant.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool as tenant requests see it, knowing which schema each physical connection is in.
 * <ul>
 * <li>No wasted round trips: Hibernate reads the connection's schema before switching it to the
 * tenant's and switches it back on release; the schema is known here, so reading it costs nothing and
 * switching to the schema the connection already has is skipped. That halves the statements of a
 * simple request. Only {@code setSchema} through here changes a pooled connection's schema (Flyway runs on its own
 * connections, and the pool itself is not configured with a schema it would restore behind our back).</li>
 * <li>Bounded catalog memory: a PostgreSQL backend caches the catalog of every schema it touches
 * (~90 KB for a tenant schema here) and never forgets it, so a pooled connection that serves thousands
 * of tenants grows to hundreds of megabytes. Once a connection has been switched to more distinct
 * schemas than the limit, it is retired from the pool when returned; the pool opens a fresh one.</li>
 * </ul>
 */
public class SchemaTrackingDataSource extends DelegatingDataSource {

    private final HikariDataSource pool;
    private final int maxSchemasPerConnection;
    private final Map<Object, Schemas> byConnection = Collections.synchronizedMap(new WeakHashMap<>());

    public SchemaTrackingDataSource(HikariDataSource pool, int maxSchemasPerConnection) {
        super(pool);
        if (pool.getSchema() != null) {
            throw new IllegalStateException("The pool must not set a schema: it would reset it without this data source knowing");
        }
        this.pool = pool;
        this.maxSchemasPerConnection = maxSchemasPerConnection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return track(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return track(pool.getConnection(username, password));
    }

    int schemasSeenBy(Object physical) {
        Schemas schemas = byConnection.get(physical);
        return schemas == null ? 0 : schemas.seen.size();
    }

    private Connection track(Connection pooled) throws SQLException {
        Connection physical = (Connection) pooled.unwrap(org.postgresql.PGConnection.class);
        Schemas schemas = byConnection.computeIfAbsent(physical, k -> new Schemas());
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Tracking(pooled, physical, schemas));
    }

    /** What one physical connection has been switched to; used by one borrower at a time. */
    private static final class Schemas {
        final Set<String> seen = new HashSet<>();
        String current;
    }

    private final class Tracking implements InvocationHandler {
        private final Connection pooled;
        private final Connection physical;
        private final Schemas schemas;

        Tracking(Connection pooled, Connection physical, Schemas schemas) {
            this.pooled = pooled;
            this.physical = physical;
            this.schemas = schemas;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getSchema" -> {
                    if (schemas.current == null) schemas.current = pooled.getSchema();
                    return schemas.current;
                }
                case "setSchema" -> {
                    String schema = (String) args[0];
                    if (schema != null && schema.equals(schemas.current)) return null;
                    schemas.current = null; // unknown until the switch has succeeded
                    // on the driver's connection: the pool's proxy would read the schema back, one more round trip
                    physical.setSchema(schema);
                    schemas.current = schema;
                    if (schema != null) schemas.seen.add(schema);
                    return null;
                }
                case "close" -> {
                    if (schemas.seen.size() > maxSchemasPerConnection && !pooled.isClosed()) {
                        byConnection.remove(physical);
                        pool.evictConnection(pooled);
                        return null;
                    }
                }
                case "unwrap" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) return proxy;
                }
                default -> { }
            }
            try {
                return method.invoke(pooled, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
