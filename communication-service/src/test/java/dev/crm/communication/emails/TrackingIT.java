package dev.crm.communication.emails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.security.RotatingSecret;
import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.communication.tracking.TrackingTokens;
import dev.crm.communication.tracking.TrackingTokens.Purpose;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestSecrets;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Opens, clicks and unsubscribing through the signed addresses in sent emails; forged tokens; the suppression list. */
class TrackingIT extends CommunicationServiceApiTest {

    private static final Pattern TRACKING = Pattern.compile("http://crm.test(/t/[ocu]/[A-Za-z0-9_-]+)");
    private static final String BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

    private final String contact = UUID.randomUUID().toString();
    private final String recipient = "lin." + UUID.randomUUID().toString().substring(0, 8) + "@client.test";

    private ApiClient visitor(String userAgent) {
        ApiClient anonymous = ApiClient.at("http://localhost:" + port);
        return userAgent == null ? anonymous : anonymous.with("User-Agent", userAgent);
    }

    private Map<String, Object> email(Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("to", recipient, "subject", "Pricing", "contactId", contact,
                "body", "<p>See <a href=\"https://acme.test/pricing?plan=pro\">pricing</a> and <a href=\"https://acme.test/faq\">the FAQ</a>.</p>"));
        for (int i = 0; i < more.length; i += 2) fields.put((String) more[i], more[i + 1]);
        return fields;
    }

    /** Sends an email and waits for the SMTP server to have it; its tracking paths in order (clicks, unsubscribe, pixel). */
    private Sent send(Map<String, Object> fields) throws Exception {
        String path = admin.api().post("/api/communications/emails/send", fields).header("Location");
        eventually("sent", () -> "SENT".equals(admin.api().get(path).field("status")));
        MimeMessage message = received(recipient).get(received(recipient).size() - 1);
        String html = part(message, "text/html");
        List<String> paths = TRACKING.matcher(html).results().map(m -> m.group(1)).toList();
        return new Sent(path, html, part(message, "text/plain"), message, paths);
    }

    private record Sent(String path, String html, String text, MimeMessage message, List<String> tracking) {}

    @Test
    void opensAndClicksAreRecordedPeopleApartFromMachines() throws Exception {
        Sent sent = send(email());
        assertThat(sent.html()).doesNotContain("https://acme.test/pricing").contains("/t/c/", "/t/o/", "/t/u/");
        assertThat(sent.tracking()).hasSize(4);
        assertThat(sent.message().getHeader("List-Unsubscribe")[0]).startsWith("<http://crm.test/t/u/");
        assertThat(sent.message().getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(sent.text()).contains("Unsubscribe: http://crm.test/t/u/");

        Thread.sleep(2_100); // what comes within 2 s of sending is taken for a scanner
        ApiClient.Response pixel = visitor(BROWSER).get(sent.tracking().get(3));
        assertThat(pixel.status()).isEqualTo(200);
        assertThat(pixel.contentType()).isEqualTo("image/gif");
        assertThat(visitor("Mozilla/5.0").get(sent.tracking().get(3)).status()).as("Apple's privacy proxy").isEqualTo(200);
        ApiClient.Response click = visitor(BROWSER).get(sent.tracking().get(1));
        assertThat(click.status()).isEqualTo(302);
        assertThat(click.header("Location")).isEqualTo("https://acme.test/faq");
        assertThat(visitor("Mozilla/5.0 (compatible; Barracuda Sentinel)").get(sent.tracking().get(0)).header("Location"))
                .isEqualTo("https://acme.test/pricing?plan=pro");

        JsonNode engagement = admin.api().get(sent.path()).json().get("engagement");
        assertThat(engagement.get("opens").asInt()).isEqualTo(1);
        assertThat(engagement.get("machineOpens").asInt()).isEqualTo(1);
        assertThat(engagement.get("clicks").asInt()).isEqualTo(1);
        assertThat(engagement.get("machineClicks").asInt()).isEqualTo(1);
        assertThat(engagement.get("recent").findValuesAsString("url")).contains("https://acme.test/faq");
        String emailId = admin.api().get(sent.path()).field("id");
        eventually("events", () -> outboxSubjects("emailId", emailId).containsAll(List.of("crm.events.email.opened", "crm.events.email.clicked")));
    }

    @Test
    void forgedOrAlteredTokensLeadNowhere() throws Exception {
        Sent sent = send(email());
        String click = sent.tracking().get(0);
        String token = click.substring("/t/c/".length());
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        UUID emailId = UUID.fromString(admin.api().get(sent.path()).field("id"));

        assertThat(visitor(BROWSER).get("/t/c/" + altered).status()).isEqualTo(404);
        assertThat(visitor(BROWSER).get("/t/c/not-a-token").status()).isEqualTo(404);
        assertThat(visitor(BROWSER).get("/t/o/" + token).status()).as("a click token is no pixel").isEqualTo(404);
        TrackingTokens ours = new TrackingTokens(TestSecrets.tracking());
        assertThat(visitor(BROWSER).get("/t/c/" + ours.issue(Purpose.CLICK, acme.id(), emailId, 2)).status())
                .as("no third link in the email").isEqualTo(404);
        assertThat(visitor(BROWSER).get("/t/c/" + new TrackingTokens(new RotatingSecret("CRM_TRACKING_SECRET", "another deployment secret, 32 characters or more", null)).issue(Purpose.CLICK, acme.id(), emailId, 0))
                .status()).isEqualTo(404);
        assertThat(visitor(BROWSER).get("/t/c/" + ours.issue(Purpose.CLICK, anotherOrganization().id(), emailId, 0)).status())
                .as("the email in another organization").isEqualTo(404);
        assertThat(rows("email_events", "true")).isZero();
    }

    @Test
    void unsubscribingPutsTheAddressOnTheListThatSendingHonours() throws Exception {
        Sent sent = send(email());
        String unsubscribe = sent.tracking().get(2);
        ApiClient.Response page = visitor(BROWSER).get(unsubscribe);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(recipient, "<form method=\"post\">");
        assertThat(visitor(null).send("POST", unsubscribe, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").status())
                .isEqualTo(200);

        ApiClient.Response refused = admin.api().post("/api/communications/emails/send", email());
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.field("code")).isEqualTo("RECIPIENT_SUPPRESSED");
        assertThat(rows("emails", "true")).isEqualTo(1);
        JsonNode listed = admin.api().get("/api/communications/suppressions?q=lin.").json().get("items").get(0);
        assertThat(listed.get("address").asString()).isEqualTo(recipient);
        assertThat(listed.get("reason").asString()).isEqualTo("UNSUBSCRIBED");

        assertThat(acme.as("MANAGER").api().delete("/api/communications/suppressions/" + recipient).status()).isEqualTo(403);
        assertThat(admin.api().delete("/api/communications/suppressions/" + recipient).status()).isEqualTo(204);
        assertThat(admin.api().post("/api/communications/emails/send", email()).status()).isEqualTo(202);
    }

    @Test
    void withTrackingOffLinksAreLeftAloneButUnsubscribingStays() throws Exception {
        admin.api().patch("/api/communications/settings", Map.of("trackingEnabled", false));
        Sent sent = send(email());
        assertThat(sent.html()).contains("href=\"https://acme.test/pricing?plan&#61;pro\"").doesNotContain("/t/c/", "/t/o/").contains("/t/u/");
        assertThat(admin.api().get(sent.path()).json().get("tracking").asBoolean()).isFalse();
    }

    @Test
    void membersKeepTheSuppressionListByRoleAndOrganization() {
        ApiClient.Response added = acme.as("MANAGER").api().post("/api/communications/suppressions", Map.of("address", "Eve@Spam.test"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.field("address")).isEqualTo("eve@spam.test");
        assertThat(added.field("reason")).isEqualTo("MANUAL");
        assertThat(acme.as("SALES_REP").api().post("/api/communications/suppressions", Map.of("address", "x@y.test")).status()).isEqualTo(403);
        assertField(admin.api().post("/api/communications/suppressions", Map.of("address", "nope")), 400, "address");
        assertThat(admin.api().post("/api/communications/emails/send", email("to", "EVE@spam.test")).status()).isEqualTo(422);

        ApiClient theirs = anotherOrganization().as("ADMIN").api();
        assertThat(theirs.get("/api/communications/suppressions").json().get("items")).isEmpty();
        assertThat(theirs.get("/api/communications/suppressions/eve@spam.test").status()).isEqualTo(404);
        assertThat(theirs.delete("/api/communications/suppressions/eve@spam.test").status()).isEqualTo(404);
        assertThat(admin.api().get("/api/communications/suppressions/eve@spam.test").status()).isEqualTo(200);
    }
}
