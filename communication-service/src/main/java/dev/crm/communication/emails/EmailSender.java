package dev.crm.communication.emails;

import dev.crm.common.concurrent.Daemons;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import dev.crm.communication.emails.EmailQueue.Claim;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sender threads: each claims a batch of due emails from the {@link EmailQueue} and sends each
 * organization's part of it over one SMTP connection ({@link EmailDelivery}). Stopping lets a batch in
 * flight finish and be recorded (a restart neither loses nor doubles an email); a sender that dies instead
 * leaves its claim to expire, and the email is sent again with its Message-ID.
 */
@Component
class EmailSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EmailQueue queue;
    private final EmailDelivery delivery;
    private final TenantDirectory tenants;
    private final MailProperties properties;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    EmailSender(EmailQueue queue, EmailDelivery delivery, TenantDirectory tenants, MailProperties properties) {
        this.queue = queue;
        this.delivery = delivery;
        this.tenants = tenants;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 1; i <= properties.senders(); i++) workers.add(Daemons.start("email-sender-" + i, this::loop));
    }

    @Override
    public void stop() {
        running = false;
        for (int i = 0; i < workers.size(); i++) queue.signal();
        for (Thread worker : workers) {
            try {
                worker.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                List<Claim> claims = queue.claim(properties.batch(), properties.lease());
                if (claims.isEmpty()) {
                    queue.awaitWork(POLL);
                    continue;
                }
                Map<UUID, List<Claim>> byTenant = claims.stream()
                        .collect(Collectors.groupingBy(Claim::tenantId, LinkedHashMap::new, Collectors.toList()));
                byTenant.forEach(this::send);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("An email sending pass failed (its emails go again when their claim runs out): {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void send(UUID tenantId, List<Claim> claims) {
        Optional<TenantRecord> tenant = tenants.findById(tenantId);
        if (tenant.isEmpty()) {
            log.warn("{} queued emails of an organization this database does not hold ({}): dropped", claims.size(), tenantId);
            queue.removeAll(claims.stream().map(Claim::emailId).toList());
            return;
        }
        TenantContext.runAs(CurrentTenant.of(tenant.get()), () -> delivery.send(claims));
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
