package dev.crm.communication.emails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.contracts.ContactChanged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mail that comes in: replies threaded, mail from a contact filed, delivery reports; the address is the organization's own. */
class InboundMailIT extends CommunicationServiceApiTest {

    private final String contact = UUID.randomUUID().toString();
    private final String ada = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@client.test";

    private String inboundPath(ApiClient admin) {
        String url = admin.get("/api/communications/inbound-address").field("url");
        return url.substring(url.indexOf("/t/inbound/"));
    }

    private ApiClient.Response post(String path, String mime) {
        return ApiClient.at("http://localhost:" + port).send("POST", path, "message/rfc822", mime);
    }

    private JsonNode sent(String subject) {
        String path = admin.api().post("/api/communications/emails/send", Map.of("to", ada, "subject", subject, "contactId", contact,
                "body", "<p>Here is the offer.</p>")).header("Location");
        eventually("sent", () -> "SENT".equals(admin.api().get(path).field("status")));
        return admin.api().get(path).json();
    }

    private String reply(String messageId, String inReplyTo) {
        return """
                From: Ada Lovelace <%s>
                To: sales@acme.test
                Subject: Re: Your offer
                Message-ID: %s
                In-Reply-To: %s
                References: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Thanks, we accept.
                > Here is the offer.
                """.formatted(ada, messageId, inReplyTo, inReplyTo).replace("\n", "\r\n");
    }

    private static String report(String messageId, String recipient, String action, String status) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.client.test>
                To: crm@localhost
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-%s@mx.client.test>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                Your message could not be delivered.
                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.client.test

                Final-Recipient: rfc822; %s
                Action: %s
                Status: %s
                Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown

                --b1
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: Your offer

                --b1--
                """.formatted(UUID.randomUUID(), recipient, action, status, recipient, messageId).replace("\n", "\r\n");
    }

    @Test
    void aReplyIsFiledIntoItsThreadOnceAndAnsweringItContinuesTheThread() throws Exception {
        JsonNode offer = sent("Your offer");
        String replyId = "<reply-" + UUID.randomUUID() + "@client.test>";
        ApiClient.Response filed = post(inboundPath(admin.api()), reply(replyId, offer.get("messageId").asString()));
        assertThat(filed.status()).as(filed.text()).isEqualTo(200);
        assertThat(filed.field("outcome")).isEqualTo("REPLY");
        assertThat(post(inboundPath(admin.api()), reply(replyId, offer.get("messageId").asString())).field("outcome")).isEqualTo("DUPLICATE");

        JsonNode thread = admin.api().get("/api/communications/emails/" + offer.get("id").asString() + "/thread").json().get("items");
        assertThat(thread.findValuesAsString("kind")).containsExactly("MEMBER", "INBOUND");
        assertThat(thread.get(1).get("text").asString()).startsWith("Thanks, we accept.");
        assertThat(thread.get(1).get("fromAddress").asString()).isEqualTo(ada);
        assertThat(admin.api().get("/api/activities?contactId=" + contact + "&type=EMAIL").json().get("items")).hasSize(2);

        ApiClient.Response answer = admin.api().post("/api/communications/emails/send", Map.of("replyToEmailId", filed.field("emailId"),
                "body", "<p>Wonderful!</p>"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        assertThat(answer.field("subject")).isEqualTo("Re: Your offer");
        assertThat(answer.json().get("to").get(0).asString()).isEqualTo(ada);
        assertThat(answer.field("threadId")).isEqualTo(offer.get("threadId").asString());
        eventually("the answer", () -> received(ada).size() == 2);
        MimeMessage sentAnswer = received(ada).get(1);
        assertThat(sentAnswer.getHeader("In-Reply-To")[0]).isEqualTo(replyId);
        assertThat(sentAnswer.getHeader("References", " ")).contains(offer.get("messageId").asString(), replyId);
    }

    @Test
    void mailFromAContactsAddressGoesOnItsTimelineAndStrangersMailIsKeptAside() {
        publish(acme, EventType.CONTACT_CREATED, new ContactChanged(UUID.fromString(contact), "Ada", "Lovelace", ada.toUpperCase(), null, admin.id()));
        eventually("known", () -> rows("known_records", "kind = 'CONTACT'") == 1);
        String fresh = reply("<new-" + UUID.randomUUID() + "@client.test>", "<nothing-of-ours@elsewhere.test>");
        ApiClient.Response filed = post(inboundPath(admin.api()), fresh);
        assertThat(filed.field("outcome")).isEqualTo("CONTACT");
        assertThat(admin.api().get("/api/activities?contactId=" + contact + "&type=EMAIL").json().get("items")).hasSize(1);

        String stranger = fresh.replace(ada, "nobody@else.test").replace("<new-", "<other-");
        assertThat(post(inboundPath(admin.api()), stranger).field("outcome")).isEqualTo("UNMATCHED");
        assertThat(post(inboundPath(admin.api()), "this is not mail").status()).isEqualTo(400);
    }

    @Test
    void deliveryReportsMarkTheirEmailAndAHardBounceSuppressesTheAddress() {
        JsonNode bounced = sent("Your offer");
        ApiClient.Response dsn = post(inboundPath(admin.api()), report(bounced.get("messageId").asString(), ada, "failed", "5.1.1"));
        assertThat(dsn.field("outcome")).isEqualTo("BOUNCED");
        JsonNode email = admin.api().get("/api/communications/emails/" + bounced.get("id").asString()).json();
        assertThat(email.get("status").asString()).isEqualTo("BOUNCED");
        assertThat(email.get("bounceReason").asString()).startsWith("5.1.1").contains("User unknown");
        assertThat(admin.api().get("/api/communications/suppressions/" + ada).field("reason")).isEqualTo("BOUNCED");
        assertThat(admin.api().post("/api/communications/emails/send", Map.of("to", ada, "subject", "Again", "contactId", contact,
                "body", "<p>x</p>")).status()).isEqualTo(422);
        eventually("email.bounced", () -> outboxSubjects("emailId", bounced.get("id").asString()).contains("crm.events.email.bounced"));

        admin.api().delete("/api/communications/suppressions/" + ada);
        JsonNode delivered = sent("Second offer");
        assertThat(post(inboundPath(admin.api()), report(delivered.get("messageId").asString(), ada, "delivered", "2.0.0")).field("outcome"))
                .isEqualTo("DELIVERED");
        assertThat(admin.api().get("/api/communications/emails/" + delivered.get("id").asString()).field("status")).isEqualTo("DELIVERED");
    }

    @Test
    void theInboundAddressIsTheOrganizationsOwnAndProvidersMayPostAForm() {
        JsonNode offer = sent("Your offer");
        ApiClient theirAdmin = anotherOrganization().as("ADMIN").api();
        String theirs = inboundPath(theirAdmin);
        assertThat(theirs).isNotEqualTo(inboundPath(admin.api()));
        String reply = reply("<cross-" + UUID.randomUUID() + "@client.test>", offer.get("messageId").asString());
        assertThat(post(theirs, reply).field("outcome")).as("our thread is not theirs").isEqualTo("UNMATCHED");
        assertThat(admin.api().get("/api/communications/emails/" + offer.get("id").asString() + "/thread").json().get("items")).hasSize(1);

        assertThat(post("/t/inbound/forged-token", reply).status()).isEqualTo(404);
        assertThat(acme.as("MANAGER").api().get("/api/communications/inbound-address").status()).isEqualTo(403);

        String boundary = "form" + UUID.randomUUID();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"email\"; filename=\"message.eml\"\r\n"
                + "Content-Type: message/rfc822\r\n\r\n" + reply("<form-" + UUID.randomUUID() + "@client.test>", offer.get("messageId").asString())
                + "\r\n--" + boundary + "--\r\n";
        ApiClient.Response posted = ApiClient.at("http://localhost:" + port).sendBytes("POST", inboundPath(admin.api()),
                "multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8));
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        assertThat(posted.field("outcome")).isEqualTo("REPLY");
    }

    @Test
    void aReportAboutAnAddressTheEmailWasNotSentToChangesAndSuppressesNothing() {
        JsonNode offer = sent("Your offer");
        String victim = "victim." + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
        ApiClient.Response dsn = post(inboundPath(admin.api()), report(offer.get("messageId").asString(), victim, "failed", "5.1.1"));
        assertThat(dsn.status()).as(dsn.text()).isEqualTo(200);
        assertThat(dsn.field("outcome")).isEqualTo("UNKNOWN_REPORT");
        assertThat(admin.api().get("/api/communications/emails/" + offer.get("id").asString()).field("status")).isEqualTo("SENT");
        assertThat(admin.api().get("/api/communications/suppressions/" + victim).status()).isEqualTo(404);
        assertThat(rows("suppressions", "true")).isZero();
    }

    @Test
    void rotatingTheInboundAddressRetiresTheOldOneAndOnlyAnAdminOfTheOrganizationMayRotateIt() {
        JsonNode offer = sent("Your offer");
        String old = inboundPath(admin.api());
        ApiClient theirAdmin = anotherOrganization().as("ADMIN").api();
        String theirs = inboundPath(theirAdmin);
        assertThat(acme.as("MANAGER").api().post("/api/communications/inbound-address/rotate", Map.of()).status()).isEqualTo(403);

        ApiClient.Response theirRotation = theirAdmin.post("/api/communications/inbound-address/rotate", Map.of());
        assertThat(theirRotation.status()).as(theirRotation.text()).isEqualTo(200);
        assertThat(inboundPath(admin.api())).as("their rotation leaves ours alone").isEqualTo(old);
        assertThat(post(theirs, reply("<t-" + UUID.randomUUID() + "@client.test>", "<x@y.test>")).status()).isEqualTo(404);

        ApiClient.Response rotated = admin.api().post("/api/communications/inbound-address/rotate", Map.of());
        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        String fresh = rotated.field("url").substring(rotated.field("url").indexOf("/t/inbound/"));
        assertThat(fresh).isNotEqualTo(old).isEqualTo(inboundPath(admin.api()));
        ApiClient.Response refused = post(old, reply("<old-" + UUID.randomUUID() + "@client.test>", offer.get("messageId").asString()));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(admin.api().get("/api/communications/emails/" + offer.get("id").asString() + "/thread").json().get("items")).hasSize(1);
        assertThat(post(fresh, reply("<new-" + UUID.randomUUID() + "@client.test>", offer.get("messageId").asString())).field("outcome"))
                .isEqualTo("REPLY");
    }
}
