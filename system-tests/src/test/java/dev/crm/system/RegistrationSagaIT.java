package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration through the gateway runs the saga across every service and leaves a complete tenant. */
class RegistrationSagaIT {

    @Test
    void registersAnOrganizationWhoseSchemaEveryServiceHasMigrated() {
        Platform.Org org = Platform.register("saga");

        assertThat(Platform.count("select count(*) from public.tenants where subdomain = ? and status = 'ACTIVE'", org.subdomain())).isEqualTo(1);
        String schema = org.subdomain().replace('-', '_');
        for (String service : new String[] {"auth", "tenant", "contact", "deal", "communication"}) {
            assertThat(Platform.count("select count(*) from information_schema.tables where table_schema like ? and table_name = ?",
                    schema + "\\_%", "flyway_history_" + service)).as(service).isEqualTo(1);
            assertThat(Platform.count("select count(*) from public.tenant_schema_versions v join public.tenants t on t.id = v.tenant_id "
                    + "where t.subdomain = ? and v.service = ?", org.subdomain(), service)).as(service).isEqualTo(1);
        }
        ApiClient.Response profile = org.admin().get("/api/auth/profile");
        assertThat(profile.field("role")).isEqualTo("ADMIN");
        assertThat(profile.json().path("tenant").path("subdomain").asString()).isEqualTo(org.subdomain());
        Platform.eventually(Duration.ofSeconds(10), () -> Platform.count(
                "select count(*) from public.event_outbox where subject = 'crm.events.tenant.created' and published_at is not null "
                        + "and payload->>'tenant_id' = ?", org.id()) == 1, "tenant.created is published to JetStream");
    }

    @Test
    void refusesATakenSubdomainWithAConflictOnTheField() {
        Platform.Org org = Platform.register("taken");
        ApiClient.Response again = Platform.api().post("/api/tenants/register", registration(org.subdomain()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("errors").get(0).path("field").asString()).isEqualTo("subdomain");
    }

    @Test
    void refusesReservedAndMalformedSubdomainsAndStoresNothing() {
        long before = Platform.count("select count(*) from public.tenants");
        for (String bad : new String[] {"www", "api", "admin", "app", "ab", "-acme", "acme-", "Acme", "acme_corp", "a".repeat(41),
                "acme; drop schema public cascade", "acme\"x", "spare-acme", "spare-1", "grafana", "t"}) {
            ApiClient.Response r = Platform.api().post("/api/tenants/register", registration(bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("subdomain");
        }
        assertThat(Platform.count("select count(*) from public.tenants")).isEqualTo(before);
        assertThat(Platform.count("select count(*) from pg_namespace where nspname = 'public'")).isEqualTo(1);
    }

    @Test
    void validatesEveryFieldBeforeProvisioning() {
        Map<String, String> body = new HashMap<>(registration(Platform.uniqueSubdomain("val")));
        body.put("adminEmail", "not-an-email");
        body.put("adminPassword", "short");
        body.put("organizationName", " ");
        ApiClient.Response r = Platform.api().post("/api/tenants/register", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").toString()).contains("adminEmail", "adminPassword", "organizationName");
        assertThat(Platform.count("select count(*) from public.tenants where subdomain = ?", body.get("subdomain"))).isZero();
    }

    @Test
    void keepsNamesThatGoIntoEmailHeadersOnOneShortLine() {
        for (String name : new String[] {"Acme\r\nBcc: victim@example.com", "Acme\nInc", "Acme\u0000", "A".repeat(101)}) {
            Map<String, String> body = new HashMap<>(registration(Platform.uniqueSubdomain("hdr")));
            body.put("organizationName", name);
            body.put("adminFullName", name);
            ApiClient.Response r = Platform.api().post("/api/tenants/register", body);
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.json().path("errors").toString()).contains("organizationName", "adminFullName");
            assertThat(Platform.count("select count(*) from public.tenants where subdomain = ?", body.get("subdomain"))).isZero();
        }
    }

    static Map<String, String> registration(String subdomain) {
        return Map.of("organizationName", "Org", "subdomain", subdomain, "adminEmail", "a@" + "example.test",
                "adminPassword", Platform.PASSWORD, "adminFullName", "Ada Admin");
    }
}
