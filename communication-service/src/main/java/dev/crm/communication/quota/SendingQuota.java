package dev.crm.communication.quota;

import dev.crm.common.tenant.TenantContext;
import dev.crm.common.time.Timestamps;
import dev.crm.common.web.CrmException;
import dev.crm.communication.CommunicationError;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new organization sends at most {@code limit} emails in any 24 hours until one of its admins confirms
 * their address (issue 14, finding 8): registering is free and anonymous, so until someone answers for the
 * organization it cannot mail the world. Every email counts (a member's, a follow-up, an invitation, a
 * welcome) but notices to a member about their own account, so a member can always confirm and recover.
 */
@Component
public class SendingQuota {

    static final Duration WINDOW = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final int limit;

    SendingQuota(JdbcTemplate jdbc, @Value("${crm.mail.unconfirmed-daily-limit}") int limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    /**
     * Takes one email of the day's quota in the caller's transaction, or refuses with 429. Counting holds a
     * lock of the organization until the transaction ends: two emails sent at once cannot both take the last.
     */
    public void spendOne() {
        if (isConfirmed()) return;
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> null, "sending-quota:" + TenantContext.require().schema());
        Usage usage = usage();
        if (usage.used() >= limit) {
            throw CrmException.retryLater(CommunicationError.SENDING_QUOTA_REACHED, "Your organization can send " + limit
                    + " emails a day until an admin confirms their email address with the link we sent them. Ask them to, or try again after "
                    + usage.resetsAt() + ".", Math.max(1, Duration.between(Timestamps.now(), usage.resetsAt()).toSeconds()));
        }
    }

    /** Whether one more email may go now (for the platform's own emails, which are skipped rather than refused). */
    public boolean hasRoom() {
        return isConfirmed() || usage().used() < limit;
    }

    SendingQuotaView view() {
        if (isConfirmed()) return new SendingQuotaView(true, limit, 0, null);
        Usage usage = usage();
        return new SendingQuotaView(false, limit, usage.used(), usage.resetsAt());
    }

    /** An admin's address is confirmed: the organization sends without a quota from now on. */
    void confirm(UUID adminId) {
        jdbc.update("insert into " + table("sender_confirmation") + " (confirmed_at, confirmed_by) values (?, ?) on conflict (id) do nothing",
                Timestamp.from(Timestamps.now()), adminId);
    }

    private boolean isConfirmed() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table("sender_confirmation") + ")", Boolean.class));
    }

    /** How many emails count in the last 24 hours, and when the oldest of them stops counting. */
    private record Usage(int used, Instant resetsAt) {}

    private Usage usage() {
        return jdbc.queryForObject("select count(*), min(created_at) from " + table("emails")
                        + " where created_at > ? and kind <> 'INBOUND' and not quota_exempt",
                (rs, i) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Usage(rs.getInt(1), oldest == null ? null : oldest.toInstant().plus(WINDOW));
                }, Timestamp.from(Timestamps.now().minus(WINDOW)));
    }

    private static String table(String name) {
        return TenantContext.require().table(name);
    }
}
