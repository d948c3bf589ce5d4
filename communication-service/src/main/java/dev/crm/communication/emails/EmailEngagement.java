package dev.crm.communication.emails;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EmailEngaged;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.time.Timestamps;
import dev.crm.common.web.Ids;
import dev.crm.communication.suppressions.SuppressionReason;
import dev.crm.communication.suppressions.Suppressions;
import dev.crm.communication.tracking.MachineOpens;
import dev.crm.communication.tracking.TrackedLinks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What recipients do with a member's email: opens and clicks recorded (time, user agent, machine or
 * person) with their {@code email.opened}/{@code email.clicked} events, and unsubscribing. Runs in the
 * organization's context, set from a verified tracking token.
 */
@Service
class EmailEngagement {

    /** An open or click as the sent-email view shows it. */
    record Event(String kind, String url, String userAgent, boolean machine, Instant at) {}

    /** Counts for the sent-email view: people's opens and clicks, and the machines' apart. */
    record Summary(long opens, long clicks, long machineOpens, long machineClicks, Instant firstOpenedAt, Instant lastOpenedAt,
                   List<Event> recent) {}

    private final EmailRepository emails;
    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final Suppressions suppressions;

    EmailEngagement(EmailRepository emails, JdbcTemplate jdbc, DomainEvents events, Suppressions suppressions) {
        this.emails = emails;
        this.jdbc = jdbc;
        this.events = events;
        this.suppressions = suppressions;
    }

    @Transactional
    public boolean opened(UUID emailId, String userAgent) {
        return sent(emailId).map(email -> {
            record(email, "OPEN", null, userAgent);
            return true;
        }).orElse(false);
    }

    /** The target of link {@code index} of the email as sent, the click recorded; empty when there is no such link. */
    @Transactional
    public Optional<String> clicked(UUID emailId, int index, String userAgent) {
        return sent(emailId).filter(Email::isTracking).flatMap(email -> TrackedLinks.target(email.getHtml(), index).map(url -> {
            record(email, "CLICK", url, userAgent);
            return url;
        }));
    }

    /** The address an unsubscribe link was sent to (the email's first recipient), when the email exists. */
    @Transactional(readOnly = true)
    public Optional<String> recipient(UUID emailId) {
        return sent(emailId).map(email -> email.getTo().get(0));
    }

    @Transactional
    public Optional<String> unsubscribe(UUID emailId) {
        return sent(emailId).map(email -> {
            String address = email.getTo().get(0);
            suppressions.add(address, SuppressionReason.UNSUBSCRIBED, email.getId(), null);
            return address;
        });
    }

    @Transactional(readOnly = true)
    public Summary summary(UUID emailId) {
        long[] counts = new long[4];
        Instant[] opened = new Instant[2];
        jdbc.query("select kind, machine, count(*), min(occurred_at), max(occurred_at) from " + table()
                + " where email_id = ? group by kind, machine", rs -> {
                    int slot = ("OPEN".equals(rs.getString(1)) ? 0 : 1) + (rs.getBoolean(2) ? 2 : 0);
                    counts[slot] = rs.getLong(3);
                    if (slot == 0) {
                        opened[0] = rs.getTimestamp(4).toInstant();
                        opened[1] = rs.getTimestamp(5).toInstant();
                    }
                }, emailId);
        List<Event> recent = jdbc.query("select kind, url, user_agent, machine, occurred_at from " + table()
                        + " where email_id = ? order by occurred_at desc limit 50",
                (rs, i) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getTimestamp(5).toInstant()),
                emailId);
        return new Summary(counts[0], counts[1], counts[2], counts[3], opened[0], opened[1], recent);
    }

    private Optional<Email> sent(UUID emailId) {
        return emails.findById(emailId).filter(e -> e.getKind() == EmailKind.MEMBER && e.getSentAt() != null);
    }

    private void record(Email email, String kind, String url, String userAgent) {
        Instant now = Timestamps.now();
        String agent = userAgent == null ? null : userAgent.length() > 500 ? userAgent.substring(0, 500) : userAgent;
        boolean machine = MachineOpens.isMachine(agent, email.getSentAt(), now);
        jdbc.update("insert into " + table() + " (id, email_id, kind, url, user_agent, machine, occurred_at) values (?, ?, ?, ?, ?, ?, ?)",
                Ids.newId(), email.getId(), kind, url, agent, machine, Timestamp.from(now));
        events.publish("OPEN".equals(kind) ? EventType.EMAIL_OPENED : EventType.EMAIL_CLICKED, new EmailEngaged(email.getId(),
                email.getContactId(), email.getCompanyId(), email.getDealId(), email.getSentBy(), url, agent, machine, now));
    }

    private static String table() {
        return TenantContext.require().table("email_events");
    }
}
