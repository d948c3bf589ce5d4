package dev.crm.communication.emails;

import dev.crm.common.events.EventHandler;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.UserCreated;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.time.Timestamps;
import dev.crm.communication.quota.SendingQuota;
import dev.crm.communication.templates.KnownRecords;
import dev.crm.communication.templates.KnownRecords.Kind;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * A new member (the first admin, or one who accepted an invitation) gets a welcome email with where to
 * sign in, if they joined within a day (a replayed old event welcomes nobody).
 */
@Configuration(proxyBeanMethods = false)
class WelcomeEmailHandler {

    /** How old a member's joining may be for the welcome email still to go. */
    static final Duration WELCOME_WITHIN = Duration.ofDays(1);

    @Bean
    EventHandler<UserCreated> welcomeEmailOnUserCreated(EmailService emails, SendingQuota quota, TenantDirectory tenants, KnownRecords known,
                                                        @Value("${crm.public-url}") String publicUrl) {
        return EventHandler.of(EventType.USER_CREATED, (user, envelope) -> {
            known.heard(Kind.MEMBER, user.userId(), user, false, envelope.timestamp()); // the sender of templated emails
            // a new consumer reads the stream from its start: members who joined long ago get no welcome now
            if (envelope.timestamp().isBefore(Timestamps.now().minus(WELCOME_WITHIN))) return;
            if (!quota.hasRoom()) return; // a new organization's quota spent: a welcome is not worth a refused event
            String organization = tenants.findById(TenantContext.require().id()).map(t -> t.name()).orElse("your organization");
            String signIn = publicUrl + "/sign-in?tenant=" + TenantContext.require().subdomain();
            String name = user.fullName() == null || user.fullName().isBlank() ? "there" : user.fullName();
            emails.sendSystem(user.email(), "Welcome to " + organization, """
                    <p>Hi %s,</p>
                    <p>your account in %s is ready. Sign in at <a href="%s">%s</a> with %s.</p>
                    <p>Welcome aboard!</p>""".formatted(HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(organization),
                    HtmlUtils.htmlEscape(signIn), HtmlUtils.htmlEscape(signIn), HtmlUtils.htmlEscape(user.email())), false, false);
        });
    }
}
