package dev.crm.auth.directory;

import dev.crm.auth.mail.PlatformMail;
import dev.crm.auth.throttling.AttemptLimit;
import dev.crm.auth.throttling.Throttle;
import dev.crm.common.concurrent.BoundedWork;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * "Find my organization": emails an address a sign-in link for each organization it is a member of.
 * Each organization's link goes in an email of its own, sent as that organization's account notice, so
 * that no organization's mail names another. The answer is the same, in the same time, for members and
 * strangers (the lookup and the sending happen after it); a stranger gets no email.
 */
@Service
class OrganizationFinder implements DisposableBean {

    static final AttemptLimit PER_CLIENT = new AttemptLimit("find-organization-client", 10, Duration.ofHours(1));
    static final AttemptLimit PER_ADDRESS = new AttemptLimit("find-organization-address", 3, Duration.ofHours(1));

    private static final Logger log = LoggerFactory.getLogger(OrganizationFinder.class);

    private final MemberDirectory directory;
    private final PlatformMail mail;
    private final Throttle throttle;
    private final String publicUrl;
    /** A flood is dropped, not queued. */
    private final BoundedWork background = new BoundedWork("find-organization-mail", 1, 500);

    OrganizationFinder(MemberDirectory directory, PlatformMail mail, Throttle throttle, @Value("${crm.public-url}") String publicUrl) {
        this.directory = directory;
        this.mail = mail;
        this.throttle = throttle;
        this.publicUrl = publicUrl;
    }

    void find(String email, String clientIp) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        throttle.spend("Too many searches for organizations.", PER_CLIENT.of(clientIp), PER_ADDRESS.of(address));
        background.submit(() -> {
            try {
                sendSignInLinks(address);
            } catch (RuntimeException e) {
                log.warn("Sign-in links to the organizations of an address could not be sent: {}", e.getMessage());
            }
        });
    }

    void sendSignInLinks(String address) {
        for (MemberDirectory.Membership organization : directory.organizationsOf(address)) {
            String link = publicUrl + "/sign-in?tenant=" + URLEncoder.encode(organization.subdomain(), StandardCharsets.UTF_8)
                    + "&email=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
            String name = HtmlUtils.htmlEscape(organization.name());
            mail.sendAccountNotice(organization.tenantId(), address, "Sign in to " + organization.name(), """
                    <p>Hello,</p>
                    <p>someone asked which organizations this address belongs to. It is a member of %s:
                    <a href="%s">Sign in to %s</a> (organization <b>%s</b>).</p>
                    <p>If it was not you, ignore this email: nothing changed.</p>""".formatted(
                    name, HtmlUtils.htmlEscape(link), name, HtmlUtils.htmlEscape(organization.subdomain())));
        }
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
