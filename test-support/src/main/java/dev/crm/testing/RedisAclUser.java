package dev.crm.testing;

import io.lettuce.core.AclSetuserArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.UUID;

/**
 * A Redis ACL user of its own for a test, on the Redis at localhost:6379 (reached as its default user),
 * allowed only the platform's {@code crm:*} keys. {@link #close()} deletes it.
 */
public final class RedisAclUser implements AutoCloseable {

    private static final String HOST = "localhost";
    private static final int PORT = 6379;

    private final String name = "crmtest-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();
    private final RedisClient client = RedisClient.create(RedisURI.create(HOST, PORT));

    private RedisAclUser() {
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().aclSetuser(name, AclSetuserArgs.Builder.on().addPassword(password).keyPattern("crm:*").allCommands());
        }
    }

    public static RedisAclUser create() {
        return new RedisAclUser();
    }

    /** {@code redis://user:password@localhost:6379/database}. */
    public String url(int database) {
        return "redis://" + name + ":" + password + "@" + HOST + ":" + PORT + "/" + database;
    }

    public String urlWithWrongPassword(int database) {
        return "redis://" + name + ":not-" + password + "@" + HOST + ":" + PORT + "/" + database;
    }

    /** The keys matching {@code pattern} in {@code database}, looked up as the default user. */
    public List<String> keys(int database, String pattern) {
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().select(database);
            return admin.sync().keys(pattern);
        }
    }

    @Override
    public void close() {
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().aclDeluser(name);
        } finally {
            client.shutdown();
        }
    }
}
