package dev.crm.communication.emails;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sending queue across organizations ({@code public.email_queue}: ids and times only). Senders claim
 * due emails for a lease with {@code for update skip locked}, so no two take the same one; an email whose
 * lease ran out (its sender died between sending and recording it) is taken again and sent with the
 * same Message-ID. This instance's senders are woken when it queues an email.
 */
@Component
class EmailQueue {

    /** An email claimed for sending: its {@code attempt}-th. */
    record Claim(UUID emailId, UUID tenantId, int attempt) {}

    private final JdbcTemplate jdbc;
    private final Semaphore work = new Semaphore(0);

    EmailQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction: the email goes once it commits. */
    void add(UUID tenantId, UUID emailId, Instant dueAt) {
        jdbc.update("insert into public.email_queue (email_id, tenant_id, due_at) values (?, ?, ?)", emailId, tenantId, Timestamp.from(dueAt));
    }

    /** Up to {@code max} due emails, oldest due first, each held for {@code lease}; committed at once. */
    List<Claim> claim(int max, Duration lease) {
        return jdbc.query("""
                update public.email_queue q set lease_until = now() + ? * interval '1 millisecond', attempts = q.attempts + 1
                from (select email_id from public.email_queue
                      where due_at <= now() and (lease_until is null or lease_until < now())
                      order by due_at limit ? for update skip locked) due
                where q.email_id = due.email_id
                returning q.email_id, q.tenant_id, q.attempts""",
                (rs, i) -> new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)), lease.toMillis(), max);
    }

    void remove(UUID emailId) {
        removeAll(List.of(emailId));
    }

    void removeAll(Collection<UUID> emailIds) {
        if (!emailIds.isEmpty()) jdbc.update("delete from public.email_queue where email_id = any(?)", (Object) emailIds.toArray(UUID[]::new));
    }

    void retryAt(UUID emailId, Instant dueAt) {
        jdbc.update("update public.email_queue set due_at = ?, lease_until = null where email_id = ?", Timestamp.from(dueAt), emailId);
    }

    /** Emails due now and not being sent: how far the senders are behind. */
    long dueCount() {
        Long due = jdbc.queryForObject("select count(*) from public.email_queue where due_at <= now()"
                + " and (lease_until is null or lease_until < now())", Long.class);
        return due == null ? 0 : due;
    }

    /** How long the longest-waiting due email has been due, in seconds; 0 when none is. */
    double oldestDueAgeSeconds() {
        Double age = jdbc.queryForObject("select coalesce(extract(epoch from now() - min(due_at)), 0) from public.email_queue"
                + " where due_at <= now() and (lease_until is null or lease_until < now())", Double.class);
        return age == null ? 0 : Math.max(0, age);
    }

    void signal() {
        work.release();
    }

    /** Waits until this instance queues an email or {@code timeout} passes. */
    void awaitWork(Duration timeout) throws InterruptedException {
        work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        work.drainPermits();
    }
}
