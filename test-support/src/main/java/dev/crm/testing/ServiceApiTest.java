package dev.crm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service's API tests on a random port against real PostgreSQL and NATS, with a fresh organization
 * and its admin for each test; other members and organizations on demand. A service's base test class
 * extends this with its {@code @SpringBootTest} and {@code @Import(ServiceApiTest.Tokens.class)}.
 */
public abstract class ServiceApiTest {

    /**
     * A property every service's API tests set: their durable consumers apart from those of a platform
     * running on the same NATS ({@code ./crm up}), which would otherwise take (and skip) the tests' events.
     */
    public static final String OWN_CONSUMERS = "crm.consumer-group=it";

    /** Tokens signed by {@link TestTokens}: everything after the signature check is the service's real code. */
    @TestConfiguration
    public static class Tokens {
        @Bean
        JwtDecoder jwtDecoder() {
            return TestTokens.decoder();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected DomainEvents events;

    @Autowired
    protected TransactionTemplate tx;

    protected Organization acme;
    protected Member admin;

    @BeforeEach
    void anOrganization() {
        acme = anotherOrganization();
        admin = acme.as("ADMIN");
    }

    protected Organization anotherOrganization() {
        return new TestOrganizations(jdbc, port).create();
    }

    protected long rows(String table, String where) {
        return jdbc.queryForObject("select count(*) from " + acme.schema() + "." + table + " where " + where, Long.class);
    }

    /**
     * The subjects this organization's outbox holds for one record, oldest first: its own events (whose
     * data names it in {@code idField}) and its audit entries.
     */
    protected List<String> outboxSubjects(String idField, String id) {
        return jdbc.queryForList("""
                select subject from public.event_outbox
                where payload->>'tenant_id' = ? and (payload->'data'->>cast(? as text) = ? or payload->'data'->>'entityId' = ?)
                order by id""", String.class, acme.id().toString(), idField, id, id);
    }

    /** Publishes an event of {@code organization} through this service's own outbox, as another service would. */
    protected <T> void publish(Organization organization, EventType<T> type, T data) {
        tx.executeWithoutResult(status -> events.publish(type, data, organization.id(), null));
    }

    /** Waits up to 20 s for {@code condition} (what events change arrives a moment later). */
    protected static void eventually(String what, BooleanSupplier condition) {
        eventually(what, Duration.ofSeconds(20), condition);
    }

    protected static void eventually(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    protected static void assertField(ApiClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).as(r.text()).contains(field);
    }
}
