package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings -> Organization through the gateway: the name, the trash retention and who may export, admins only, checked. */
class OrganizationSettingsIT {

    @Test
    void anAdminSetsHowLongTheTrashKeepsRecords() {
        Platform.Org org = Platform.register("settings");
        assertThat(org.admin().get("/api/tenants/current").json().path("trashRetentionDays").asInt()).as("the default").isEqualTo(30);

        ApiClient.Response changed = org.admin().patch("/api/tenants/current", Map.of("trashRetentionDays", 90));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("trashRetentionDays").asInt()).isEqualTo(90);
        assertThat(changed.json().path("name").asString()).as("the name stays").isEqualTo("Org " + org.subdomain());

        for (Object bad : new Object[] {0, 3651, "soon"}) {
            ApiClient.Response refused = org.admin().patch("/api/tenants/current", Map.of("trashRetentionDays", bad));
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(org.admin().patch("/api/tenants/current", Map.of("name", "  ")).status()).isEqualTo(400);
        assertThat(org.admin().get("/api/tenants/current").json().path("trashRetentionDays").asInt()).isEqualTo(90);

        String viewerToken = Platform.join(org, "viewer@" + org.subdomain() + ".test", "VIEWER").field("accessToken");
        ApiClient viewer = Platform.api().bearer(viewerToken).with("X-Tenant", org.subdomain());
        assertThat(viewer.patch("/api/tenants/current", Map.of("trashRetentionDays", 1)).status()).isEqualTo(403);
        assertThat(Platform.count("select trash_retention_days from public.tenants where id = cast(? as uuid)", org.id())).isEqualTo(90);
    }

    @Test
    void anAdminDecidesWhoMayExportTheCustomerBook() {
        Platform.Org org = Platform.register("exports");
        assertThat(org.admin().get("/api/tenants/current").json().path("exportRoles").toString()).as("the default").isEqualTo("[\"ADMIN\",\"MANAGER\"]");
        ApiClient viewer = Platform.api().bearer(Platform.join(org, "viewer@" + org.subdomain() + ".test", "VIEWER").field("accessToken"))
                .with("X-Tenant", org.subdomain());
        assertThat(viewer.get("/api/contacts/export").status()).isEqualTo(403);
        assertThat(viewer.patch("/api/tenants/current", Map.of("exportRoles", List.of("ADMIN", "VIEWER"))).status()).isEqualTo(403);

        for (Object bad : new Object[] {List.of("MANAGER"), List.of("ADMIN", "OWNER"), "ADMIN"}) {
            ApiClient.Response refused = org.admin().patch("/api/tenants/current", Map.of("exportRoles", bad));
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        ApiClient.Response changed = org.admin().patch("/api/tenants/current", Map.of("exportRoles", List.of("VIEWER", "ADMIN")));
        assertThat(changed.json().path("exportRoles").toString()).as(changed.text()).isEqualTo("[\"ADMIN\",\"VIEWER\"]");
        Platform.eventually(java.time.Duration.ofSeconds(15), () -> viewer.get("/api/contacts/export").status() == 200,
                "the contact-service lets the viewer export");
        Platform.eventually(java.time.Duration.ofSeconds(15), () -> org.admin().get("/api/tenants/audit?entityType=contact").text().contains("EXPORTED"),
                "the export is on the audit trail");
    }
}
