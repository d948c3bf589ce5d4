package dev.crm.common.tenant.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.crm.common.tenant.SchemaName;
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
 * <li>No wasted round trips: a switch to the schema the connection is in already is not sent. Hibernate
 * switches a connection to the tenant's schema when it takes it and back to the one it found when it
 * returns it: that is {@link SchemaName#NO_TENANT}, switched to only before a statement, so the switch
 * back is never sent and the next borrower of the same tenant sends no switch at all. Only {@code setSchema}
 * through here changes a pooled connection's schema (Flyway runs on its own connections, and the pool
 * itself is not configured with a schema it would restore behind our back).</li>
 * <li>No schema inherited: every borrower starts in {@link SchemaName#NO_TENANT}, a schema that does not
 * exist, unless it names one, so nothing unqualified it runs reaches the previous borrower's tenant. A
 * switch sent inside a transaction that rolls back is undone with it: the schema is then unknown and
 * sent again.</li>
 * <li>Bounded catalog memory: a PostgreSQL backend caches the catalog of every schema it touches
 * (~90 KB for a tenant schema here) and never forgets it, so a pooled connection that serves thousands
 * of tenants grows to hundreds of megabytes. Once a connection has been switched to more distinct
 * schemas than the limit, it is retired from the pool when returned; the pool opens a fresh one.</li>
 * </ul>
 */
public class SchemaTrackingDataSource extends DelegatingDataSource {

    /** The calls after which the borrower's statements run: the schema it asked for is switched to first. */
    private static final Set<String> RUNS_STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall", "unwrap", "getMetaData");

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
        schemas.wanted = SchemaName.NO_TENANT;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Tracking(pooled, physical, schemas));
    }

    /** What one physical connection has been switched to; used by one borrower at a time. */
    private static final class Schemas {
        final Set<String> seen = new HashSet<>();
        /** The schema the database has for this connection; null when not known. */
        String current;
        /** The schema the borrower asked for, switched to before its next statement. */
        String wanted;
    }

    private final class Tracking implements InvocationHandler {
        private final Connection pooled;
        private final Connection physical;
        private final Schemas schemas;

        /** A switch was sent inside the open transaction: a rollback would undo it. */
        private boolean switchInOpenTransaction;

        Tracking(Connection pooled, Connection physical, Schemas schemas) {
            this.pooled = pooled;
            this.physical = physical;
            this.schemas = schemas;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "getSchema" -> {
                    return schemas.wanted;
                }
                case "setSchema" -> {
                    schemas.wanted = (String) args[0];
                    // a schema named is switched to at once, as Hibernate names it before the transaction begins;
                    // the switch back to none when it returns the connection waits for a statement that never comes
                    if (!SchemaName.NO_TENANT.equals(schemas.wanted)) switchToWanted();
                    return null;
                }
                case "commit" -> switchInOpenTransaction = false;
                case "setAutoCommit" -> {
                    if ((Boolean) args[0]) switchInOpenTransaction = false; // commits the transaction
                }
                case "rollback" -> {
                    if (switchInOpenTransaction) schemas.current = null; // the switch is undone with the transaction: unknown again
                    switchInOpenTransaction = false;
                }
                case "close" -> {
                    if (switchInOpenTransaction) schemas.current = null; // the pool rolls an unfinished transaction back
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
            if (RUNS_STATEMENTS.contains(name)) switchToWanted();
            try {
                return method.invoke(pooled, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void switchToWanted() throws SQLException {
            String schema = schemas.wanted;
            if (schema == null || schema.equals(schemas.current)) return;
            schemas.current = null; // unknown until the switch has succeeded
            // on the driver's connection: the pool's proxy would read the schema back, one more round trip
            physical.setSchema(schema);
            schemas.current = schema;
            if (!physical.getAutoCommit()) switchInOpenTransaction = true;
            schemas.seen.add(schema);
        }
    }
}
