package dev.crm.auth;

import dev.crm.testing.ApiClient;
import dev.crm.testing.TestSecrets;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auth-service on a random port against real PostgreSQL, NATS and Redis, with a fresh organization
 * (and its admin's session) for each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + TestTenants.INTERNAL_SECRET,
    "crm.jwt.key-path=target/test-keys/jwt-signing.pem",
    "crm.jwt.generate-if-missing=true",
    // the communication-service (which sends the emails) is not part of these tests: the system tests read the mail
    "crm.communication-url=http://127.0.0.1:9"
})
abstract class AuthApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MeterRegistry meters;

    protected ApiClient api;
    protected TestTenants.Tenant acme;

    @BeforeEach
    void anOrganization() {
        api = fromAddress(ApiClient.at("http://localhost:" + port), anAddress());
        acme = TestTenants.provision(api, jdbc);
    }

    protected ApiClient.Response login(String tenant, String email, String password) {
        return api.post("/api/auth/login", Map.of("tenant", tenant, "email", email, "password", password));
    }

    /**
     * Another client address of its own (each test's {@code api} has one too) (IPv6 documentation range): throttling buckets live in Redis, shared
     * with earlier runs and with anyone else's tests on this machine.
     */
    protected ApiClient fromOwnAddress() {
        return fromAddress(api, anAddress());
    }

    /** The client as the gateway names it: the address and the gateway's proof, or the service counts the connection's address. */
    private static ApiClient fromAddress(ApiClient client, String address) {
        return client.with("X-Client-Ip", address).with("X-Client-Ip-Proof", TestSecrets.clientAddressProof(address));
    }

    protected static String anAddress() {
        return "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff))
                + ":" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }

    /** How many bcrypt computations of this kind ({@code verify} or {@code hash}) the service has run so far. */
    protected double hashings(String operation) {
        return meters.counter("crm.auth.password.hashings", "operation", operation).count();
    }

    /** A reset link's token for the admin, as the emailed link would carry it (stored, like the service does, as its SHA-256). */
    protected String resetToken(Instant expiresAt) {
        return linkToken("password_resets", expiresAt, Instant.now());
    }

    /** A token of the admin's in {@code table} (password_resets, email_confirmations), made at {@code createdAt}. */
    protected String linkToken(String table, Instant expiresAt, Instant createdAt) {
        return linkToken(table, acme.adminEmail(), expiresAt, createdAt);
    }

    /** A token of the member with {@code email} in {@code table}, as the emailed link would carry it. */
    protected String linkToken(String table, String email, Instant expiresAt, Instant createdAt) {
        String token = "known-token-" + UUID.randomUUID();
        String schema = acme.subdomain() + "_1";
        jdbc.update("insert into " + schema + "." + table + " (id, user_id, token_hash, created_at, expires_at)"
                + " select gen_random_uuid(), id, sha256(convert_to(?, 'UTF8')), ?, ? from " + schema + ".users where email = ?",
                token, Timestamp.from(createdAt), Timestamp.from(expiresAt), email);
        return token;
    }
}
