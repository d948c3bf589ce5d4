package dev.crm.tenant.registration;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a few tenant schemas provisioned and migrated ahead of time. Migrating a new schema (five
 * services' Flyway runs) is most of a registration's cost; with a spare ready, a registration only
 * renames a schema and creates the admin. Spares hold no data and are kept current by every
 * service's start-up migration like active tenants.
 */
@Component
class SparePool {

    private static final Logger log = LoggerFactory.getLogger(SparePool.class);

    private final TenantRegistry registry;
    private final SchemaProvisioner provisioner;
    private final TransactionTemplate tx;
    private final int target;
    private final Semaphore refilling = new Semaphore(1);
    private final AtomicLong lastRegistration = new AtomicLong();

    /** Refills wait for this much quiet after a registration, so they never compete with one for CPU. */
    static final Duration QUIET = Duration.ofSeconds(2);

    SparePool(TenantRegistry registry, SchemaProvisioner provisioner, TransactionTemplate tx,
              @Value("${crm.provisioning.spare-schemas}") int target) {
        this.registry = registry;
        this.provisioner = provisioner;
        this.tx = tx;
        this.target = target;
    }

    /** A registration is under way (or just ended): refills hold back until things are quiet again. */
    void registrationActivity() {
        lastRegistration.set(System.nanoTime());
    }

    private boolean quiet() {
        return System.nanoTime() - lastRegistration.get() > QUIET.toNanos();
    }

    /** Tops the pool up, one spare at a time, while no registration is running; a run already under way is enough. */
    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT5S")
    void refill() {
        if (target <= 0 || !refilling.tryAcquire()) return;
        try {
            while (quiet() && registry.spareCount() < target) {
                if (!addOne()) return;
            }
        } finally {
            refilling.release();
        }
    }

    private boolean addOne() {
        TenantRegistry.NewTenant spare = tx.execute(status -> registry.reserveSpare());
        try {
            provisioner.createAndMigrate(spare);
            registry.markSpare(spare.id());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not prepare a spare schema ({}); will retry", e.getMessage());
            registry.discard(spare.id(), spare.schema());
            return false;
        }
    }
}
