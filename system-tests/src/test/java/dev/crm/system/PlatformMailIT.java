package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The platform's own emails end to end, read back from the local SMTP sink (GreenMail): the welcome
 * email, the invitation with its link, and the password reset that ends every session.
 */
class PlatformMailIT {

    private static final ApiClient MAIL = ApiClient.at(System.getenv().getOrDefault("CRM_MAIL_API_URL", "http://127.0.0.1:8025"));

    /** The text of the newest email to {@code to} whose subject starts with {@code subject}, once it arrived. */
    private static String mail(String to, String subject) {
        Platform.eventually(Duration.ofSeconds(30), () -> find(to, subject).isPresent(), "an email '" + subject + "' to " + to);
        return find(to, subject).orElseThrow().get("text").asString();
    }

    private static Optional<JsonNode> find(String to, String subject) {
        JsonNode messages = MAIL.get("/api/messages?to=" + to).json();
        JsonNode found = null;
        for (JsonNode message : messages) if (message.get("subject").asString().startsWith(subject)) found = message;
        return Optional.ofNullable(found);
    }

    private static String link(String text, String path) {
        Matcher m = Pattern.compile("(http://\\S+" + Pattern.quote(path) + "\\S+?)>").matcher(text);
        assertThat(m.find()).as("a link to " + path + " in:\n" + text).isTrue();
        return m.group(1);
    }

    private static String param(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aNewOrganizationsAdminIsWelcomedAndInvitesAMemberByEmail() {
        Platform.Org org = Platform.register("mail");
        assertThat(mail(org.adminEmail(), "Welcome to ")).contains("/sign-in?tenant=" + org.subdomain());

        String invitee = "grace@" + org.subdomain() + ".test";
        ApiClient.Response invited = org.admin().post("/api/tenants/invitations", Map.of("email", invitee, "role", "SALES_REP"));
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        assertThat(invited.json().get("emailSent").asBoolean()).isTrue();
        String accept = link(mail(invitee, "You are invited to "), "/accept-invitation");
        ApiClient.Response joined = Platform.api().post("/api/auth/register", Map.of("tenant", org.subdomain(),
                "token", param(accept, "token"), "fullName", "Grace Hopper", "password", Platform.PASSWORD));
        assertThat(joined.status()).as(joined.text()).isEqualTo(201);
        assertThat(mail(invitee, "Welcome to ")).contains("Hi Grace Hopper,");
    }

    @Test
    void aForgottenPasswordIsResetByEmailAndEverySessionEnds() {
        Platform.Org org = Platform.register("reset");
        ApiClient.Response asked = Platform.api().post("/api/auth/password/forgot", Map.of("tenant", org.subdomain(), "email", org.adminEmail()));
        assertThat(asked.status()).isEqualTo(202);
        String reset = link(mail(org.adminEmail(), "Reset your password"), "/reset-password");

        ApiClient.Response done = Platform.api().post("/api/auth/password/reset", Map.of("tenant", org.subdomain(),
                "token", param(reset, "token"), "password", "an entirely new passphrase"));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
        assertThat(Platform.api().post("/api/auth/refresh", Map.of("refreshToken", org.refreshToken())).status()).isEqualTo(401);
        assertThat(org.admin().get("/api/auth/profile").status()).isEqualTo(401);
        assertThat(Platform.api().post("/api/auth/login", Map.of("tenant", org.subdomain(), "email", org.adminEmail(),
                "password", "an entirely new passphrase")).status()).isEqualTo(200);
        assertThat(Platform.api().post("/api/auth/password/reset", Map.of("tenant", org.subdomain(), "token", param(reset, "token"),
                "password", "yet another passphrase")).status()).as("the link works once").isEqualTo(400);
        Platform.eventually(Duration.ofSeconds(10), () -> Platform.count("select count(*) from " + Platform.schemaOf(org)
                + ".emails where subject like 'Reset your password%' and html like '%not kept%'") == 1, "the sent link is not kept");
    }

    @Test
    void aMemberWhoForgotTheOrganizationGetsASignInLinkForEachInAnEmailOfItsOwn() {
        Platform.Org acme = Platform.register("find-a");
        Platform.Org globex = Platform.register("find-b");
        Platform.join(globex, acme.adminEmail(), "SALES_REP"); // one address, two organizations

        String stranger = "nobody-" + acme.subdomain() + "@nowhere.test";
        ApiClient.Response strangerAsked = Platform.api().post("/api/auth/organizations/find", Map.of("email", stranger));
        ApiClient.Response asked = Platform.api().post("/api/auth/organizations/find", Map.of("email", acme.adminEmail()));
        assertThat(asked.status()).isEqualTo(202);
        assertThat(strangerAsked.text()).as("the same answer for a stranger").isEqualTo(asked.text());

        String fromAcme = mail(acme.adminEmail(), "Sign in to Org " + acme.subdomain());
        String fromGlobex = mail(acme.adminEmail(), "Sign in to Org " + globex.subdomain());
        assertThat(link(fromAcme, "/sign-in")).contains("tenant=" + acme.subdomain());
        assertThat(link(fromGlobex, "/sign-in")).contains("tenant=" + globex.subdomain());
        // each organization's email names no other: an organization's mail is its own to read
        // (the address itself, admin@<acme's subdomain>.test here, is of course in both)
        assertThat(fromAcme).doesNotContain("Org " + globex.subdomain()).doesNotContain("tenant=" + globex.subdomain());
        assertThat(fromGlobex).doesNotContain("Org " + acme.subdomain()).doesNotContain("tenant=" + acme.subdomain());
        assertThat(Platform.count("select count(*) from " + Platform.schemaOf(acme) + ".emails where subject like 'Sign in to%'"
                + " and html like '%" + globex.subdomain() + "%'")).isZero();
        // searches run one after another: the stranger's, asked first, is done
        assertThat(MAIL.get("/api/messages?to=" + stranger).json()).as("a stranger gets no email").isEmpty();
    }

    @Test
    void aNewOrganizationSendsAFewEmailsADayUntilItsAdminConfirmsTheAddressFromTheEmail() {
        Platform.Org org = Platform.register("quota");
        mail(org.adminEmail(), "Welcome to ");
        String confirm = link(mail(org.adminEmail(), "Confirm your email address for "), "/confirm-email");
        assertThat(param(confirm, "tenant")).isEqualTo(org.subdomain());
        assertThat(org.admin().get("/api/auth/profile").json().get("emailConfirmed").asBoolean()).isFalse();

        JsonNode quota = org.admin().get("/api/communications/sending-quota").json();
        assertThat(quota.get("confirmed").asBoolean()).isFalse();
        int room = quota.get("limit").asInt() - quota.get("used").asInt();
        assertThat(room).as("the welcome email counts, the confirmation does not").isEqualTo(quota.get("limit").asInt() - 1);
        for (int n = 0; n < room; n++) assertThat(org.admin().post("/api/communications/emails/send", anEmail(n)).status()).isEqualTo(202);
        ApiClient.Response refused = org.admin().post("/api/communications/emails/send", anEmail(room));
        assertThat(refused.status()).as(refused.text()).isEqualTo(429);
        assertThat(refused.field("title")).isEqualTo("Sending limit reached");
        // an invitation waits too: the admin gets the link to pass on by hand
        ApiClient.Response invited = org.admin().post("/api/tenants/invitations", Map.of("email", "grace@" + org.subdomain() + ".test", "role", "SALES_REP"));
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        assertThat(invited.json().get("emailSent").asBoolean()).isFalse();
        // another new organization is not held back by this one
        Platform.Org other = Platform.register("quota");
        assertThat(other.admin().post("/api/communications/emails/send", anEmail(0)).status()).isEqualTo(202);

        ApiClient.Response confirmed = Platform.api().post("/api/auth/email/confirm", Map.of("tenant", org.subdomain(), "token", param(confirm, "token")));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(204);
        assertThat(org.admin().get("/api/auth/profile").json().get("emailConfirmed").asBoolean()).isTrue();
        Platform.eventually(Duration.ofSeconds(20), () -> org.admin().get("/api/communications/sending-quota").json().get("confirmed").asBoolean(),
                "the communication-service hears the admin confirmed");
        assertThat(org.admin().post("/api/communications/emails/send", anEmail(room + 1)).status()).isEqualTo(202);
        assertThat(other.admin().get("/api/communications/sending-quota").json().get("confirmed").asBoolean()).isFalse();
    }

    private static Map<String, Object> anEmail(int n) {
        return Map.of("to", "prospect" + n + "@client.test", "subject", "Offer " + n, "body", "<p>Hello</p>",
                "contactId", java.util.UUID.randomUUID().toString());
    }
}
