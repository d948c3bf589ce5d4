package dev.crm.communication.emails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.events.EventEnvelope;
import dev.crm.common.events.JetStreamConnection;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserCreated;
import dev.crm.communication.CommunicationServiceApiTest;
import dev.crm.testing.ApiClient;
import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.TestOrganizations.Member;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Emails sent for real: queued, sent to the SMTP server (GreenMail) with their headers, retried, on the timeline. */
class EmailSendingIT extends CommunicationServiceApiTest {

    private static final String SEND = "/api/communications/emails/send";

    private final String contact = UUID.randomUUID().toString();
    private final String recipient = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@client.test";

    @Autowired
    private JetStreamConnection nats;

    @Autowired
    private JsonMapper json;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private Map<String, Object> email(Object... more) {
        Map<String, Object> fields = new HashMap<>(Map.of("to", recipient, "subject", "Your offer", "contactId", contact,
                "body", "<p>Hello <b>Ada</b>,</p><p>here is <a href=\"https://acme.test/offer\">the offer</a>.</p>"));
        for (int i = 0; i < more.length; i += 2) fields.put((String) more[i], more[i + 1]);
        return fields;
    }

    private JsonNode sentEventually(ApiClient api, String path) {
        eventually("sent", () -> "SENT".equals(api.get(path).field("status")));
        return api.get(path).json();
    }

    @Test
    void anEmailIsQueuedSentWithItsHeadersAndShownOnTheTimeline() throws Exception {
        assertThat(admin.api().patch("/api/communications/settings", Map.of("senderName", "Acme Sales", "replyTo", "sales@acme.test")).status())
                .isEqualTo(200);
        ApiClient.Response queued = admin.api().post(SEND, email("cc", List.of("bo@client.test"),
                "body", "<p>Hello <b>Ada</b>,</p><script>alert('x')</script><p onclick=\"steal()\">here is "
                        + "<a href=\"https://acme.test/offer\">the offer</a>.</p>"));
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        assertThat(queued.field("status")).isEqualTo("QUEUED");
        String path = queued.header("Location");
        assertThat(path).isEqualTo("/api/communications/emails/" + queued.field("id"));

        JsonNode sent = sentEventually(admin.api(), path);
        assertThat(sent.get("attempts").asInt()).isEqualTo(1);
        assertThat(sent.get("sentAt").isNull()).isFalse();
        assertThat(sent.get("html").asString()).doesNotContain("script", "onclick", "alert").contains("<b>Ada</b>");
        assertThat(sent.get("text").asString()).isEqualTo("Hello Ada,\n\nhere is the offer <https://acme.test/offer>.");

        List<MimeMessage> messages = received(recipient);
        assertThat(messages).hasSize(1);
        MimeMessage message = messages.get(0);
        assertThat(message.getMessageID()).isEqualTo(sent.get("messageId").asString()).matches("<[0-9a-f-]{36}@localhost>");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Acme Sales");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("sales@acme.test");
        assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.CC)[0]).getAddress()).isEqualTo("bo@client.test");
        assertThat(message.getSubject()).isEqualTo("Your offer");
        assertThat(part(message, "text/plain")).startsWith("Hello Ada,\n\nhere is the offer <https://acme.test/offer>.")
                .contains("Unsubscribe: http://crm.test/t/u/");
        assertThat(part(message, "text/html")).startsWith("<p>Hello <b>Ada</b>,</p><p>here is <a href=\"http://crm.test/t/c/")
                .doesNotContain("<script", "onclick");

        JsonNode entry = admin.api().get("/api/activities?contactId=" + contact).json().get("items").get(0);
        assertThat(entry.get("type").asString()).isEqualTo("EMAIL");
        assertThat(entry.get("emailId").asString()).isEqualTo(sent.get("id").asString());
        assertThat(sent.get("activityId").asString()).isEqualTo(entry.get("id").asString());
        assertThat(admin.api().patch("/api/activities/" + entry.get("id").asString(), Map.of("subject", "Other")).status())
                .as("an email as sent is not rewritten").isEqualTo(409);
        eventually("email.sent in the outbox", () -> outboxSubjects("emailId", sent.get("id").asString()).contains("crm.events.email.sent"));
    }

    @Test
    void badEmailsAreRefusedFieldByFieldAndNothingIsQueued() {
        assertField(admin.api().post(SEND, email("to", "not an address")), 400, "to");
        assertField(admin.api().post(SEND, email("cc", List.of("bo@"))), 400, "cc[0]");
        assertField(admin.api().post(SEND, email("subject", " ")), 400, "subject");
        assertField(admin.api().post(SEND, email("subject", "Two\r\nBcc: everyone@evil.test")), 400, "subject");
        assertField(admin.api().post(SEND, email("body", "")), 400, "body");
        assertField(admin.api().post(SEND, email("body", "<script>alert(1)</script>")), 400, "body");
        Map<String, Object> aboutNobody = email();
        aboutNobody.remove("contactId");
        assertField(admin.api().post(SEND, aboutNobody), 400, "contactId");
        assertThat(admin.api().post(SEND, email("bcc", "spy@evil.test")).status()).as("unknown field").isEqualTo(400);
        assertThat(acme.as("VIEWER").api().post(SEND, email()).status()).isEqualTo(403);

        assertThat(rows("emails", "true")).isZero();
        assertThat(rows("activities", "true")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from public.email_queue where tenant_id = ?", Long.class, acme.id())).isZero();
    }

    @Test
    void anSmtpOutageIsVisibleOnTheEmailAndItIsSentOnceTheServerIsBack() {
        smtp.stop();
        String path;
        try {
            path = admin.api().post(SEND, email()).header("Location");
            eventually("a failed attempt", () -> admin.api().get(path).json().get("attempts").asInt() >= 1);
            JsonNode waiting = admin.api().get(path).json();
            assertThat(waiting.get("status").asString()).isEqualTo("QUEUED");
            assertThat(waiting.get("lastError").asString()).containsIgnoringCase("connect");
            assertThat(waiting.get("nextAttemptAt").isNull()).isFalse();
        } finally {
            startSmtp();
        }
        JsonNode sent = sentEventually(admin.api(), path);
        assertThat(sent.get("attempts").asInt()).isGreaterThan(1);
        assertThat(sent.get("lastError").isNull()).isTrue();
        assertThat(received(recipient)).hasSize(1);
    }

    @Test
    void manyEmailsAtOnceAreEachSentExactlyOnce() throws Exception {
        confirmSending(acme);
        List<String> paths = IntStream.range(0, 40).mapToObj(i -> admin.api().post(SEND, email("subject", "Batch " + i)).header("Location")).toList();
        eventually("all sent", Duration.ofSeconds(60), () -> paths.stream().allMatch(p -> "SENT".equals(admin.api().get(p).field("status"))));
        List<MimeMessage> messages = received(recipient);
        assertThat(messages).hasSize(40);
        assertThat(messages.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(40);
    }

    @Test
    void aNewMemberGetsAWelcomeEmailWithWhereToSignIn() throws Exception {
        String newcomer = "grace." + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        String oldTimer = "old." + newcomer;
        EventEnvelope joinedLongAgo = new EventEnvelope(UUID.randomUUID(), "user.created", acme.id(), Instant.parse("2026-01-01T00:00:00Z"),
                null, null, json.valueToTree(new UserCreated(UUID.randomUUID(), oldTimer, "Olga Old", "SALES_REP")));
        nats.jetStream().publish(joinedLongAgo.subject(), json.writeValueAsBytes(joinedLongAgo)); // as a new consumer reads it from the stream
        publish(acme, EventType.USER_CREATED, new UserCreated(UUID.randomUUID(), newcomer, "Grace <Hopper>", "SALES_REP"));

        eventually("the welcome email", () -> received(newcomer).size() == 1);
        MimeMessage welcome = received(newcomer).get(0);
        assertThat(welcome.getSubject()).startsWith("Welcome to ");
        assertThat(part(welcome, "text/html")).contains("Hi Grace &lt;Hopper&gt;,", "<a href=\"http://");
        assertThat(part(welcome, "text/plain")).contains("Hi Grace <Hopper>,", "/sign-in?tenant=" + acme.subdomain());
        assertThat(rows("activities", "true")).as("on no timeline").isZero();
        assertThat(received(oldTimer)).as("a replayed old event welcomes nobody").isEmpty();
        String id = jdbc.queryForObject("select id::text from " + acme.schema() + ".emails where kind = 'SYSTEM'", String.class);
        assertThat(admin.api().get("/api/communications/emails/" + id).status()).as("the platform's own mail is not served").isEqualTo(404);
    }

    @Test
    void otherServicesSendThePlatformsEmailsInternallyAndASecretLinkIsNotKept() throws Exception {
        ApiClient internal = ApiClient.at("http://localhost:" + port);
        Map<String, Object> reset = Map.of("to", recipient, "subject", "Reset your password",
                "html", "<p><a href=\"https://crm.test/reset-password?token=s3cr3t\">Reset</a></p>", "sensitive", true);
        assertThat(internal.post("/internal/tenants/" + acme.id() + "/emails", reset).status()).as("no internal secret").isEqualTo(404);
        ApiClient.Response queued = internal.with("X-Internal-Secret", SchemaOwnerContract.INTERNAL_SECRET)
                .post("/internal/tenants/" + acme.id() + "/emails", reset);
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);

        eventually("received", () -> received(recipient).size() == 1);
        assertThat(part(received(recipient).get(0), "text/plain")).contains("token=s3cr3t");
        eventually("redacted", () -> rows("emails", "subject = 'Reset your password' and status = 'SENT'") == 1);
        assertThat(rows("emails", "html like '%s3cr3t%' or text_body like '%s3cr3t%'")).as("the link is not kept").isZero();
        assertThat(admin.api().get("/api/communications/emails/" + queued.field("id")).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganizationCannotReadOurEmails() {
        String path = admin.api().post(SEND, email()).header("Location");
        Member theirs = anotherOrganization().as("ADMIN");
        assertThat(theirs.api().get(path).status()).isEqualTo(404);
        assertThat(theirs.api().get(path).field("code")).isEqualTo("EMAIL_NOT_FOUND");
        sentEventually(admin.api(), path);
    }
}
