package dev.crm.tenant.registration;

import dev.crm.common.events.DomainEvents;
import dev.crm.common.events.contracts.EventType;
import dev.crm.common.events.contracts.TenantCreated;
import dev.crm.common.tenant.flyway.TenantMigrator;
import dev.crm.common.web.CrmException;
import dev.crm.tenant.TenantError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provisions an organization: registry row (PROVISIONING) -> CREATE SCHEMA -> every service migrates
 * its tables into it (in parallel) -> the auth-service creates the first admin -> ACTIVE and
 * {@code tenant.created}. Any failure rolls back: the schema and the row go, the subdomain is free,
 * and the client may simply retry. A crash half way is rolled back by {@link #discardAbandoned()}.
 */
@Service
class RegistrationSaga {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSaga.class);

    static final Set<String> RESERVED = Set.of(
            "www", "api", "admin", "app", "auth", "mail", "email", "smtp", "static", "assets", "cdn", "status",
            "help", "support", "docs", "blog", "dashboard", "login", "signup", "register", "billing", "internal", "system");

    private final TenantRegistry registry;
    private final TenantMigrator ownSchema;
    private final ProvisioningClient services;
    private final ServiceUrls urls;
    private final DomainEvents events;
    private final TransactionTemplate tx;
    private final AsyncTaskExecutor parallel;

    RegistrationSaga(TenantRegistry registry, TenantMigrator ownSchema, ProvisioningClient services, ServiceUrls urls,
                     DomainEvents events, TransactionTemplate tx) {
        this.registry = registry;
        this.ownSchema = ownSchema;
        this.services = services;
        this.urls = urls;
        this.events = events;
        this.tx = tx;
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("provisioning-");
        executor.setVirtualThreads(true);
        this.parallel = executor;
    }

    record Registered(TenantRegistry.NewTenant tenant, ProvisioningClient.FirstAdminCreated admin) {}

    Registered register(RegistrationRequest request) {
        String subdomain = request.subdomain().toLowerCase(Locale.ROOT);
        if (RESERVED.contains(subdomain)) {
            throw CrmException.onField(TenantError.SUBDOMAIN_RESERVED, "subdomain", "This subdomain is reserved. Please choose another.");
        }
        if (registry.subdomainTaken(subdomain)) throw taken();
        TenantRegistry.NewTenant tenant;
        try {
            tenant = tx.execute(status -> registry.reserve(subdomain, request.organizationName().trim()));
        } catch (DuplicateKeyException e) {
            throw taken();
        }
        try {
            registry.createSchema(tenant.schema());
            migrateEverySchemaOwner(tenant);
            ProvisioningClient.FirstAdminCreated admin = services.createFirstAdmin(tenant.id(),
                    new ProvisioningClient.FirstAdmin(request.adminEmail().trim().toLowerCase(Locale.ROOT),
                            request.adminFullName().trim(), request.adminPassword()));
            tx.executeWithoutResult(status -> {
                registry.activate(tenant.id());
                events.publish(EventType.TENANT_CREATED, new TenantCreated(tenant.id(), tenant.subdomain(), tenant.name(),
                        "FREE", admin.userId(), request.adminEmail()), tenant.id(), admin.userId());
            });
            return new Registered(tenant, admin);
        } catch (RuntimeException e) {
            log.error("Provisioning of {} failed; rolling it back", tenant.subdomain(), e);
            rollBack(tenant);
            throw new CrmException(TenantError.PROVISIONING_FAILED,
                    "We could not set up your organization just now. Nothing was kept; please try again in a moment.");
        }
    }

    private void migrateEverySchemaOwner(TenantRegistry.NewTenant tenant) {
        List<CompletableFuture<Void>> steps = new ArrayList<>();
        steps.add(CompletableFuture.runAsync(() -> ownSchema.migrate(tenant.id(), tenant.schema()), parallel));
        urls.schemaOwners().values().forEach(url ->
                steps.add(CompletableFuture.runAsync(() -> services.migrateSchema(url, tenant.id()), parallel)));
        try {
            CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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
        for (TenantRegistry.NewTenant tenant : registry.abandonedProvisionings(300)) {
            log.warn("Rolling back abandoned provisioning of {}", tenant.subdomain());
            rollBack(tenant);
        }
    }

    private static CrmException taken() {
        return CrmException.onField(TenantError.SUBDOMAIN_TAKEN, "subdomain", "This subdomain is already taken.");
    }
}
