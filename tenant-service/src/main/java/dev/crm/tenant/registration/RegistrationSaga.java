package dev.crm.tenant.registration;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.TenantCreated;
import dev.crm.common.web.CrmException;
import dev.crm.tenant.TenantError;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provisions an organization: registry row (PROVISIONING) -> CREATE SCHEMA -> every service migrates
 * its tables into it (in parallel) -> the auth-service creates the first admin -> ACTIVE and
 * {@code tenant.created}. When the {@link SparePool} has a schema ready, the first steps shrink to
 * one rename. Any failure rolls back: the schema and the row go, the subdomain is free, and the
 * client may simply retry. A crash half way is rolled back by {@link #discardAbandoned()}.
 */
@Service
class RegistrationSaga {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSaga.class);

    static final Set<String> RESERVED = Set.of(
            "www", "api", "admin", "app", "auth", "mail", "email", "smtp", "static", "assets", "cdn", "status",
            "help", "support", "docs", "blog", "dashboard", "login", "signup", "register", "billing", "internal", "system",
            "t", "gateway", "grafana", "prometheus", "jaeger", "metrics", "platform", "operator", "root", "spare");

    /** The platform's own rows use these (spare schemas are {@code spare-<id>}): no organization may. */
    static final List<String> RESERVED_PREFIXES = List.of("spare-", "internal-", "system-");

    private final TenantRegistry registry;
    private final SchemaProvisioner provisioner;
    private final SparePool spares;
    private final ProvisioningClient services;
    private final DomainEvents events;
    private final TransactionTemplate tx;
    private final Duration abandonAfter;
    private final RegistrationTimings timings;

    RegistrationSaga(TenantRegistry registry, SchemaProvisioner provisioner, SparePool spares, ProvisioningClient services,
                     DomainEvents events, TransactionTemplate tx, @Value("${crm.provisioning.abandon-after}") Duration abandonAfter,
                     RegistrationTimings timings) {
        this.abandonAfter = abandonAfter;
        this.timings = timings;
        this.registry = registry;
        this.provisioner = provisioner;
        this.spares = spares;
        this.services = services;
        this.events = events;
        this.tx = tx;
    }

    record Registered(TenantRegistry.NewTenant tenant, ProvisioningClient.FirstAdminCreated admin) {}

    Registered register(RegistrationRequest request) {
        String subdomain = request.subdomain().toLowerCase(Locale.ROOT);
        if (RESERVED.contains(subdomain) || RESERVED_PREFIXES.stream().anyMatch(subdomain::startsWith)) {
            throw CrmException.onField(TenantError.SUBDOMAIN_RESERVED, "subdomain", "This subdomain is reserved. Please choose another.");
        }
        if (registry.subdomainTaken(subdomain)) throw taken();
        spares.registrationActivity();
        String name = request.organizationName().trim();
        Timer.Sample timing = timings.start();
        Optional<TenantRegistry.NewTenant> spare;
        TenantRegistry.NewTenant tenant;
        try {
            spare = tx.execute(status -> registry.claimSpare(subdomain, name));
            tenant = spare.orElseGet(() -> tx.execute(status -> registry.reserve(subdomain, name)));
        } catch (DuplicateKeyException e) {
            throw taken();
        }
        ProvisioningClient.FirstAdmin firstAdmin = new ProvisioningClient.FirstAdmin(
                request.adminEmail().trim().toLowerCase(Locale.ROOT), request.adminFullName().trim(), request.adminPassword());
        try {
            ProvisioningClient.FirstAdminCreated admin = spare.isPresent()
                    ? services.createFirstAdmin(tenant.id(), firstAdmin)
                    : provisioner.createAndMigrate(tenant, () -> services.createFirstAdmin(tenant.id(), firstAdmin));
            tx.executeWithoutResult(status -> {
                registry.activate(tenant.id());
                events.publish(EventType.TENANT_CREATED, new TenantCreated(tenant.id(), tenant.subdomain(), tenant.name(),
                        "FREE", admin.userId(), request.adminEmail()), tenant.id(), admin.userId());
            });
            spares.registrationActivity();
            timings.completed(timing, spare.isPresent());
            return new Registered(tenant, admin);
        } catch (RuntimeException e) {
            log.error("Provisioning of {} failed; rolling it back", tenant.subdomain(), e);
            rollBack(tenant);
            timings.failed(timing, spare.isPresent());
            throw new CrmException(TenantError.PROVISIONING_FAILED,
                    "We could not set up your organization just now. Nothing was kept; please try again in a moment.");
        }
    }

    private void rollBack(TenantRegistry.NewTenant tenant) {
        try {
            registry.discard(tenant.id(), tenant.schema());
        } catch (RuntimeException e) {
            log.error("Rollback of {} failed; the janitor retries it", tenant.subdomain(), e);
        }
    }

    /** Rolls back registrations whose saga died with its process (left PROVISIONING for minutes). */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
    void discardAbandoned() {
        for (TenantRegistry.NewTenant tenant : registry.abandonedProvisionings((int) abandonAfter.toSeconds())) {
            log.warn("Rolling back abandoned provisioning of {}", tenant.subdomain());
            rollBack(tenant);
        }
    }

    private static CrmException taken() {
        return CrmException.onField(TenantError.SUBDOMAIN_TAKEN, "subdomain", "This subdomain is already taken.");
    }
}
