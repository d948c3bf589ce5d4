package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** The running platform as the system tests reach it: the gateway, and the database to check what was stored. */
final class Platform {

    static final String PASSWORD = "correct horse battery staple";

    static final String GATEWAY = env("CRM_GATEWAY_URL", "http://localhost:18080");
    static final String GATEWAY_MANAGEMENT = "http://localhost:" + env("CRM_GATEWAY_MANAGEMENT_PORT", "18180");

    /** Each service's own port, which an attacker inside the network reaches without the gateway. */
    static final Map<String, String> SERVICES = Map.of(
            "auth", env("CRM_AUTH_URL", "http://localhost:18081"),
            "tenant", env("CRM_TENANT_URL", "http://localhost:18082"),
            "contact", env("CRM_CONTACT_URL", "http://localhost:18083"),
            "deal", env("CRM_DEAL_URL", "http://localhost:18084"),
            "communication", env("CRM_COMMUNICATION_URL", "http://localhost:18085"));
    static final String DB_URL = env("CRM_DB_URL", "jdbc:postgresql://localhost:5432/crm_test");
    static final String DB_USER = env("CRM_DB_USER", "postgres");
    static final String DB_PASSWORD = env("CRM_DB_PASSWORD", "");

    static ApiClient api() {
        return ApiClient.at(GATEWAY);
    }

    record Org(String id, String subdomain, String adminEmail, String accessToken, String refreshToken) {
        ApiClient admin() {
            return api().bearer(accessToken).with("X-Tenant", subdomain);
        }
    }

    static String uniqueSubdomain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Org register(String prefix) {
        String subdomain = uniqueSubdomain(prefix);
        String email = "admin@" + subdomain + ".test";
        ApiClient.Response r = api().post("/api/tenants/register", Map.of(
                "organizationName", "Org " + subdomain, "subdomain", subdomain,
                "adminEmail", email, "adminPassword", PASSWORD, "adminFullName", "Ada Admin"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return new Org(r.json().path("tenant").path("id").asString(), subdomain, email, r.field("accessToken"), r.field("refreshToken"));
    }

    /** Invites an email with a role and accepts it; returns the new member's sign-in answer. */
    static ApiClient.Response join(Org org, String email, String role) {
        ApiClient.Response invite = org.admin().post("/api/tenants/invitations", Map.of("email", email, "role", role));
        assertThat(invite.status()).as(invite.text()).isEqualTo(201);
        String url = invite.field("acceptUrl");
        String token = url.substring(url.indexOf("token=") + 6);
        ApiClient.Response joined = api().post("/api/auth/register",
                Map.of("tenant", org.subdomain(), "token", token, "fullName", "Member " + role, "password", PASSWORD));
        assertThat(joined.status()).as(joined.text()).isEqualTo(201);
        return joined;
    }

    /** The schema an organization's data lives in (from the registry: a spare schema may have been renamed to it). */
    static String schemaOf(Org org) {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
             var statement = c.prepareStatement("select schema_name from public.tenants where subdomain = ?")) {
            statement.setString(1, org.subdomain());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
             var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) statement.setObject(i + 1, args[i]);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            var statement = c.prepareStatement(sql);
            for (int i = 0; i < args.length; i++) statement.setObject(i + 1, args[i]);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void eventually(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Timed out waiting until " + what);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Platform() {}
}
