package dev.crm.contact.trash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.tenant.TenantDirectory;
import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trash empties itself after the organization's retention, and only then, and only its own. */
class TrashPurgeIT extends ContactServiceApiTest {

    @Autowired
    TrashPurge purge;

    @Autowired
    TenantDirectory tenants;

    private void trashedDaysAgo(Organization org, String table, String id, int days) {
        jdbc.update("update " + org.schema() + "." + table + " set deleted_at = now() - make_interval(days => ?) where id = cast(? as uuid)", days, id);
    }

    private String company(String name, String parentId) {
        return admin.api().post("/api/companies", parentId == null ? Map.of("name", name) : Map.of("name", name, "parentId", parentId)).field("id");
    }

    @Test
    void recordsOlderThanTheRetentionArePurgedTheRestStays() {
        String old = contact("Old", "Trash", Map.of());
        String recent = contact("Recent", "Trash", Map.of());
        String live = contact("Live", "Contact", Map.of());
        trashedDaysAgo(acme, "contacts", old, 31);
        trashedDaysAgo(acme, "contacts", recent, 29);

        TrashPurge.Purged purged = purge.purge(tenants.findById(acme.id()).orElseThrow());

        assertThat(purged.contacts()).isEqualTo(1);
        assertThat(admin.api().post("/api/contacts/" + old + "/restore", Map.of()).status()).as("gone for good").isEqualTo(404);
        assertThat(admin.api().post("/api/contacts/" + recent + "/restore", Map.of()).status()).isEqualTo(200);
        assertThat(admin.api().get("/api/contacts/" + live).status()).isEqualTo(200);
    }

    @Test
    void aPurgedCompanyLetsGoOfItsContactsAndSubCompanies() {
        String group = company("Group", null);
        String member = company("Member", group);
        String employee = contact("Ada", "Lovelace", Map.of("companyId", group));
        admin.api().delete("/api/companies/" + member);
        admin.api().delete("/api/companies/" + group);
        trashedDaysAgo(acme, "companies", group, 40);
        trashedDaysAgo(acme, "companies", member, 2);
        assertThat(admin.api().get("/api/contacts/" + employee).field("companyId")).as("read, so cached").isEqualTo(group);

        TrashPurge.Purged purged = purge.purge(tenants.findById(acme.id()).orElseThrow());

        assertThat(purged.companies()).isEqualTo(1);
        assertThat(admin.api().get("/api/contacts/" + employee).json().get("companyId").isNull()).as("no stale cached copy").isTrue();
        assertThat(admin.api().post("/api/companies/" + member + "/restore", Map.of()).status())
                .as("the sub-company, still in the trash, comes back without its purged parent").isEqualTo(200);
    }

    @Test
    void theOrganizationsRetentionDecidesAndOtherOrganizationsAreUntouched() {
        String kept = contact("Kept", "Longer", Map.of());
        trashedDaysAgo(acme, "contacts", kept, 40);
        jdbc.update("update public.tenants set trash_retention_days = 90 where id = ?", acme.id());
        Organization other = anotherOrganization();
        String theirs = other.as("ADMIN").api().post("/api/contacts", Map.of("firstName", "Theirs")).field("id");
        trashedDaysAgo(other, "contacts", theirs, 40);

        assertThat(purge.purge(tenants.findById(acme.id()).orElseThrow()).contacts()).isZero();
        assertThat(rows("contacts", "id = '" + kept + "'")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + other.schema() + ".contacts", Long.class)).isEqualTo(1);
    }
}
