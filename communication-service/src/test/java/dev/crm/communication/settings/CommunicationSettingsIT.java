package dev.crm.communication.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The organization's communication settings: defaults, admin-only changes, validation, versions, tenancy. */
class CommunicationSettingsIT extends CommunicationServiceApiTest {

    private static final String PATH = "/api/communications/settings";

    @Test
    void anOrganizationStartsWithTheDefaultsAndItsAdminChangesThem() {
        JsonNode defaults = acme.as("VIEWER").api().get(PATH).json();
        assertThat(defaults.get("trackingEnabled").asBoolean()).isTrue();
        assertThat(defaults.get("wonDealFollowUp").asString()).isEqualTo("NONE");
        assertThat(defaults.get("followUpDueDays").asInt()).isEqualTo(2);
        assertThat(defaults.get("senderName").isNull()).isTrue();

        ApiClient.Response changed = admin.api().patch(PATH, Map.of("senderName", " Acme Sales ", "replyTo", "sales@acme.test",
                "trackingEnabled", false, "wonDealFollowUp", "TASK", "version", 0));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.field("senderName")).isEqualTo("Acme Sales");
        assertThat(changed.field("updatedBy")).isEqualTo(admin.id().toString());
        assertThat(admin.api().get(PATH).json()).isEqualTo(changed.json());
        assertThat(outboxSubjects("entityType", "communication_settings")).containsExactly("crm.events.audit.recorded");

        ApiClient.Response stale = admin.api().patch(PATH, Map.of("senderName", "Late", "version", 0));
        assertThat(stale.status()).as(stale.text()).isEqualTo(409);
        assertThat(admin.api().get(PATH).field("senderName")).isEqualTo("Acme Sales");
    }

    @Test
    void badSettingsAreRefusedAndNothingChanges() {
        assertField(admin.api().patch(PATH, Map.of("followUpDueDays", 91)), 400, "followUpDueDays");
        assertField(admin.api().patch(PATH, Map.of("replyTo", "not an address")), 400, "replyTo");
        assertField(admin.api().patch(PATH, Map.of("senderName", "Eve <eve@evil.test>")), 400, "senderName");
        assertField(admin.api().patch(PATH, Map.of("wonDealFollowUp", "TASK_AND_EMAIL")), 400, "followUpTemplateId");
        assertThat(admin.api().patch(PATH, Map.of("wonDealFollowUp", "SOMETIMES")).status()).isEqualTo(400);
        assertThat(rows("communication_settings", "true")).isZero();
    }

    @Test
    void onlyAdminsChangeThemAndEachOrganizationHasItsOwn() {
        for (String role : new String[] {"MANAGER", "SALES_REP", "VIEWER"}) {
            Member member = acme.as(role);
            assertThat(member.api().patch(PATH, Map.of("trackingEnabled", false)).status()).as(role).isEqualTo(403);
        }
        Member theirs = anotherOrganization().as("ADMIN");
        assertThat(theirs.api().patch(PATH, Map.of("senderName", "Globex")).status()).isEqualTo(200);
        assertThat(admin.api().get(PATH).json().get("senderName").isNull()).isTrue();
        assertThat(theirs.api().get(PATH).field("senderName")).isEqualTo("Globex");
    }
}
