package dev.crm.communication.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.contracts.CompanyChanged;
import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.DealChanged;
import dev.crm.common.events.contracts.DealClosed;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserCreated;
import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Member;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Templates: written by admins and managers, checked, previewed and sent with the records' values; tenancy. */
class TemplateApiIT extends CommunicationServiceApiTest {

    private static final String TEMPLATES = "/api/communications/templates";

    private final UUID contact = UUID.randomUUID();
    private final UUID company = UUID.randomUUID();
    private final UUID deal = UUID.randomUUID();
    private final String adaEmail = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@engines.test";

    private ApiClient.Response template(ApiClient api, String name, String subject, String body) {
        return api.post(TEMPLATES, Map.of("name", name, "subject", subject, "body", body));
    }

    /** Ada of Analytical Engines and her deal, as the contact- and deal-service announce them. */
    private void adaAndHerDeal() {
        publish(acme, EventType.COMPANY_CREATED, new CompanyChanged(company, "Analytical Engines", "engines.test", null, admin.id()));
        publish(acme, EventType.CONTACT_CREATED, new ContactChanged(contact, "Ada", "Lovelace", adaEmail, company, admin.id()));
        publish(acme, EventType.DEAL_CREATED, new DealChanged(deal, "Difference engine", new BigDecimal("12500"), "GBP", UUID.randomUUID(),
                UUID.randomUUID(), "OPEN", contact, company, admin.id(), LocalDate.parse("2026-12-31")));
        eventually("known records", () -> jdbc.queryForObject("select count(*) from " + acme.schema() + ".known_records", Long.class) == 3);
    }

    @Test
    void managersWriteTemplatesThatAreCheckedAndEveryMemberReadsThem() {
        Member manager = acme.as("MANAGER");
        ApiClient.Response created = template(manager.api(), "Offer", "Offer for {{contact.fullName|you}}", "<p>Hi {{contact.firstName}}</p>");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(TEMPLATES + "/" + created.field("id"));
        assertThat(template(manager.api(), "Welcome", "Welcome", "<p>Hello</p>").status()).isEqualTo(201);

        assertThat(acme.as("VIEWER").api().get(TEMPLATES).json().get("items").findValuesAsString("name")).containsExactly("Offer", "Welcome");
        assertField(template(admin.api(), "offer", "s", "b"), 400, "name");
        assertField(template(admin.api(), "Other", "Hi {{contact.nickname}}", "b"), 400, "subject");
        assertField(template(admin.api(), "Other", "s", "{{#deal.name}}unclosed"), 400, "body");
        assertThat(template(acme.as("SALES_REP").api(), "Rep's", "s", "b").status()).isEqualTo(403);
        assertThat(rows("templates", "true")).isEqualTo(2);

        String path = created.header("Location");
        assertField(admin.api().put(path, Map.of("name", "Offer", "subject", "s", "body", "b")), 400, "version");
        ApiClient.Response renamed = admin.api().patch(path, Map.of("name", "Offer v2", "version", 0));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(admin.api().patch(path, Map.of("name", "Stale", "version", 0)).status()).isEqualTo(409);
        assertThat(admin.api().get(TEMPLATES + "/variables").json().get("items").findValuesAsString("")).isNotNull();
        assertThat(outboxSubjects("entityId", created.field("id"))).containsExactly("crm.events.audit.recorded", "crm.events.audit.recorded");

        assertThat(admin.api().patch("/api/communications/settings", Map.of("wonDealFollowUp", "TASK_AND_EMAIL",
                "followUpTemplateId", created.field("id"))).status()).isEqualTo(200);
        ApiClient.Response inUse = admin.api().delete(path);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.field("code")).isEqualTo("TEMPLATE_IN_USE");
        assertThat(manager.api().delete(TEMPLATES + "/" + template(admin.api(), "Gone", "s", "b").field("id")).status()).isEqualTo(204);
    }

    @Test
    void aPreviewShowsExactlyWhatWouldBeSentWithTheRecordsValues() {
        adaAndHerDeal();
        String id = template(admin.api(), "Offer", "{{deal.name}} for {{contact.fullName}}",
                "<p>Dear {{contact.firstName|there}} at {{company.name}},</p><p>{{deal.value}} {{deal.currency}} by {{deal.expectedCloseDate}}."
                        + " {{sender.fullName|The team}}</p><script>x()</script>").field("id");

        JsonNode preview = admin.api().post(TEMPLATES + "/preview", Map.of("templateId", id, "dealId", deal.toString())).json();
        assertThat(preview.get("subject").asString()).isEqualTo("Difference engine for Ada Lovelace");
        assertThat(preview.get("html").asString()).doesNotContain("script")
                .startsWith("<p>Dear Ada at Analytical Engines,</p><p>12,500.00 GBP by 2026-12-31.");
        assertThat(preview.get("text").asString()).startsWith("Dear Ada at Analytical Engines,\n\n12,500.00 GBP");
        assertThat(preview.get("missing").findValuesAsString("")).isNotNull();
        assertThat(preview.get("missing").toString()).isEqualTo("[\"sender.fullName\"]");

        JsonNode nobody = admin.api().post(TEMPLATES + "/preview", Map.of("templateId", id, "contactId", UUID.randomUUID().toString())).json();
        assertThat(nobody.get("html").asString()).startsWith("<p>Dear there at ,</p>");
        assertField(admin.api().post(TEMPLATES + "/preview", Map.of("subject", "Hi {{contact.secret}}", "body", "x")), 400, "subject");
    }

    @Test
    void anEmailSentFromATemplateGoesToTheContactFilledIn() throws Exception {
        adaAndHerDeal();
        String id = template(admin.api(), "Offer", "Your offer, {{contact.firstName}}", "<p>{{deal.name}}: {{deal.value}} {{deal.currency}}</p>")
                .field("id");
        ApiClient.Response sent = admin.api().post("/api/communications/emails/send", Map.of("templateId", id, "contactId", contact.toString(),
                "dealId", deal.toString()));
        assertThat(sent.status()).as(sent.text()).isEqualTo(202);
        assertThat(sent.json().get("to").get(0).asString()).as("the contact's address").isEqualTo(adaEmail);

        eventually("received", () -> received(adaEmail).size() == 1);
        MimeMessage message = received(adaEmail).get(0);
        assertThat(message.getSubject()).isEqualTo("Your offer, Ada");
        assertThat(part(message, "text/plain")).startsWith("Difference engine: 12,500.00 GBP\n\n--\nDon't want these emails? Unsubscribe: ");
        assertField(admin.api().post("/api/communications/emails/send", Map.of("templateId", id, "contactId", UUID.randomUUID().toString())),
                400, "to");
    }

    @Test
    void aWonDealsFollowUpEmailGoesFromItsOwnerToItsContact() throws Exception {
        adaAndHerDeal();
        Member rep = acme.as("SALES_REP");
        publish(acme, EventType.USER_CREATED, new UserCreated(rep.id(), rep.email(), "Rita Rep", "SALES_REP"));
        String id = template(admin.api(), "Thanks", "Thank you, {{contact.firstName}}", "<p>Welcome aboard. {{sender.fullName}}</p>").field("id");
        admin.api().patch("/api/communications/settings", Map.of("wonDealFollowUp", "TASK_AND_EMAIL", "followUpTemplateId", id));
        eventually("the rep is known", () -> jdbc.queryForObject("select count(*) from " + acme.schema() + ".known_records where kind = 'MEMBER'",
                Long.class) == 1);

        publish(acme, EventType.DEAL_CLOSED_WON, new DealClosed(deal, "Difference engine", UUID.randomUUID(), UUID.randomUUID(), rep.id(),
                contact, company, new BigDecimal("12500"), "GBP", null, Instant.now(), 30));

        eventually("the follow-up email", () -> received(adaEmail).size() == 1);
        MimeMessage message = received(adaEmail).get(0);
        assertThat(message.getSubject()).isEqualTo("Thank you, Ada");
        assertThat(part(message, "text/plain")).startsWith("Welcome aboard. Rita Rep\n\n--\nDon't want these emails? Unsubscribe: ");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).as("replies reach the owner").isEqualTo(rep.email());
        assertThat(rep.api().get("/api/activities/my-tasks").json().get("items")).hasSize(1);
        assertThat(admin.api().get("/api/activities?dealId=" + deal + "&type=EMAIL").json().get("items")).hasSize(1);
    }

    @Test
    void anotherOrganizationCannotReadUseOrChangeOurTemplates() {
        String path = template(admin.api(), "Offer", "s", "<p>b</p>").header("Location");
        String id = path.substring(path.lastIndexOf('/') + 1);
        ApiClient theirs = anotherOrganization().as("ADMIN").api();
        assertThat(theirs.get(path).status()).isEqualTo(404);
        assertThat(theirs.patch(path, Map.of("name", "Hacked")).status()).isEqualTo(404);
        assertThat(theirs.delete(path).status()).isEqualTo(404);
        assertThat(theirs.post(TEMPLATES + "/preview", Map.of("templateId", id)).status()).isEqualTo(404);
        assertThat(theirs.post("/api/communications/emails/send", Map.of("templateId", id, "to", "x@y.test", "contactId", contact.toString()))
                .status()).isEqualTo(404);
        assertThat(theirs.get(TEMPLATES).json().get("items")).isEmpty();
        assertThat(admin.api().get(path).field("name")).isEqualTo("Offer");
    }
}
