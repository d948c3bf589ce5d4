package dev.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.TestOrganizations;
import dev.crm.testing.TestOrganizations.Member;
import dev.crm.testing.TestOrganizations.Organization;
import dev.crm.testing.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The contact-service on a random port against real PostgreSQL and NATS, with a fresh organization
 * and its admin for each test; other members and organizations on demand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET
})
@Import(ContactServiceApiTest.Tokens.class)
public abstract class ContactServiceApiTest {

    @TestConfiguration
    static class Tokens {
        @Bean
        JwtDecoder jwtDecoder() {
            return TestTokens.decoder();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

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

    /** A contact created by the admin through the API; its id. */
    protected String contact(String first, String last, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("firstName", first);
        body.put("lastName", last);
        ApiClient.Response r = admin.api().post("/api/contacts", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.field("id");
    }

    protected long rows(String table, String where) {
        return jdbc.queryForObject("select count(*) from " + acme.schema() + "." + table + " where " + where, Long.class);
    }

    protected static void assertField(ApiClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).as(r.text()).contains(field);
    }
}
