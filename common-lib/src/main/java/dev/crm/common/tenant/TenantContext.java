package dev.crm.common.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Holds the tenant of the current thread. Set by the request filter from a verified token, or by an
 * event consumer from the event's tenant id; always cleared when that work ends.
 */
public final class TenantContext {

    private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<CurrentTenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static CurrentTenant require() {
        CurrentTenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No tenant in context: tenant data is only reachable inside a tenant's request or event");
        }
        return tenant;
    }

    public static void set(CurrentTenant tenant) {
        CURRENT.set(tenant);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work as the given tenant and restores whatever context was there before. */
    public static <T> T callAs(CurrentTenant tenant, Supplier<T> work) {
        CurrentTenant previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        }
    }

    public static void runAs(CurrentTenant tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
