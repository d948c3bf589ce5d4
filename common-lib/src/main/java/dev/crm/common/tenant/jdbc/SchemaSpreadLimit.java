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
 * Bounds the memory each PostgreSQL backend spends on catalog caches. A backend caches the catalog
 * of every schema it touches (~90 KB for a tenant schema here) and never forgets it, so a pooled
 * connection that serves thousands of tenants grows to hundreds of megabytes. This data source counts
 * the distinct schemas each physical connection was switched to and, once a connection has served
 * more than the limit, retires it from the pool when it is returned; the pool opens a fresh one.
 */
public class SchemaSpreadLimit extends DelegatingDataSource {

    private final HikariDataSource pool;
    private final int maxSchemasPerConnection;
    private final Map<Object, Set<String>> schemasByConnection = Collections.synchronizedMap(new WeakHashMap<>());

    public SchemaSpreadLimit(HikariDataSource pool, int maxSchemasPerConnection) {
        super(pool);
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

    private Connection track(Connection pooled) throws SQLException {
        Object physical = pooled.unwrap(org.postgresql.PGConnection.class);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Tracking(pooled, physical));
    }

    int schemasSeenBy(Object physical) {
        Set<String> seen = schemasByConnection.get(physical);
        return seen == null ? 0 : seen.size();
    }

    private final class Tracking implements InvocationHandler {
        private final Connection pooled;
        private final Object physical;

        Tracking(Connection pooled, Object physical) {
            this.pooled = pooled;
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setSchema" -> schemasByConnection.computeIfAbsent(physical, k -> new HashSet<>()).add((String) args[0]);
                case "close" -> {
                    if (schemasSeenBy(physical) > maxSchemasPerConnection) {
                        schemasByConnection.remove(physical);
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
