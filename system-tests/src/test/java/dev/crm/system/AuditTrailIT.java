package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Changes become audit entries (who, what, when, before and after) that the organization's admins read. */
class AuditTrailIT {

    @Test
    void recordsARenameWithItsBeforeAndAfterForAdmins() {
        Platform.Org org = Platform.register("audit");
        String adminId = org.admin().get("/api/auth/profile").field("id");
        assertThat(org.admin().patch("/api/tenants/current", Map.of("name", "Renamed Org")).status()).isEqualTo(200);

        Platform.eventually(Duration.ofSeconds(15), () -> org.admin().get("/api/tenants/audit?entityType=organization")
                .json().path("items").size() == 1, "the rename is in the audit trail");
        JsonNode entry = org.admin().get("/api/tenants/audit?entityType=organization").json().path("items").get(0);
        assertThat(entry.path("action").asString()).isEqualTo("UPDATED");
        assertThat(entry.path("actorId").asString()).isEqualTo(adminId);
        assertThat(entry.path("actorEmail").asString()).isEqualTo(org.adminEmail());
        assertThat(entry.path("before").path("name").asString()).isEqualTo("Org " + org.subdomain());
        assertThat(entry.path("after").path("name").asString()).isEqualTo("Renamed Org");
        assertThat(entry.path("occurredAt").asString()).isNotBlank();
    }

    @Test
    void filtersByMemberAndIsClosedToNonAdmins() {
        Platform.Org org = Platform.register("auditf");
        ApiClient.Response rep = Platform.join(org, "rep@auditf.test", "SALES_REP");
        String adminId = org.admin().get("/api/auth/profile").field("id");
        org.admin().post("/api/tenants/invitations", Map.of("email", "next@auditf.test", "role", "VIEWER"));

        Platform.eventually(Duration.ofSeconds(15), () -> org.admin().get("/api/tenants/audit?userId=" + adminId)
                .json().path("items").size() >= 2, "both invitations are audited");
        assertThat(org.admin().get("/api/tenants/audit?entityType=invitation&userId=" + adminId).json().path("items").size()).isEqualTo(2);
        ApiClient.Response asRep = Platform.api().bearer(rep.field("accessToken")).get("/api/tenants/audit");
        assertThat(asRep.status()).isEqualTo(403);
    }

    @Test
    void keepsEveryRowOfAnImportWithItsOwnEntry() {
        Platform.Org org = Platform.register("auditi");
        String boundary = "----audit-import";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nFirst Name,Last Name,Email\r\nAda,Lovelace,ada@auditi.test\r\n"
                + "Alan,Turing,alan@auditi.test\r\nGrace,Hopper,grace@auditi.test\r\n\r\n--" + boundary + "--\r\n";
        ApiClient.Response started = org.admin().sendBytes("POST", "/api/contacts/import", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.text()).isEqualTo(202);

        Platform.eventually(Duration.ofSeconds(20), () -> org.admin().get("/api/tenants/audit?entityType=contact")
                .json().path("items").size() == 3, "the three imported contacts are in the audit trail");
        JsonNode items = org.admin().get("/api/tenants/audit?entityType=contact").json().path("items");
        assertThat(items.findValuesAsString("action")).containsOnly("CREATED");
        assertThat(items.findValues("after").stream().map(after -> after.path("email").asString()))
                .containsExactlyInAnyOrder("ada@auditi.test", "alan@auditi.test", "grace@auditi.test");
        assertThat(items.valueStream().map(entry -> entry.path("id").asString())).as("an entry each").doesNotHaveDuplicates();
        assertThat(items.get(0).path("actorEmail").asString()).isEqualTo(org.adminEmail());
    }
}
