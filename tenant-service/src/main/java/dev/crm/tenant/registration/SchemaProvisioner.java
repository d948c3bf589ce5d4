package dev.crm.tenant.registration;

import dev.crm.common.tenant.flyway.TenantMigrator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/** Creates a tenant schema and has every service migrate its tables into it, all at once. */
@Component
class SchemaProvisioner {

    private final TenantRegistry registry;
    private final TenantMigrator ownSchema;
    private final ProvisioningClient services;
    private final ServiceUrls urls;
    private final AsyncTaskExecutor parallel;

    SchemaProvisioner(TenantRegistry registry, TenantMigrator ownSchema, ProvisioningClient services, ServiceUrls urls) {
        this.registry = registry;
        this.ownSchema = ownSchema;
        this.services = services;
        this.urls = urls;
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("provisioning-");
        executor.setVirtualThreads(true);
        this.parallel = executor;
    }

    void createAndMigrate(TenantRegistry.NewTenant tenant) {
        createAndMigrate(tenant, () -> null);
    }

    /**
     * Creates the schema, then every service migrates it in parallel; {@code afterAuth} runs on the
     * auth-service's branch once its tables exist (the first admin, whose password hash is the slowest
     * single step, overlaps with the other services' migrations).
     */
    <T> T createAndMigrate(TenantRegistry.NewTenant tenant, Supplier<T> afterAuth) {
        registry.createSchema(tenant.schema());
        List<CompletableFuture<?>> steps = new ArrayList<>();
        steps.add(CompletableFuture.runAsync(() -> ownSchema.migrate(tenant.id(), tenant.schema()), parallel));
        urls.schemaOwners().forEach((service, url) -> {
            if (!service.equals("auth")) steps.add(CompletableFuture.runAsync(() -> services.migrateSchema(url, tenant.id()), parallel));
        });
        CompletableFuture<T> auth = CompletableFuture.supplyAsync(() -> {
            services.migrateSchema(urls.auth(), tenant.id());
            return afterAuth.get();
        }, parallel);
        steps.add(auth);
        try {
            CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new)).join();
            return auth.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
