package dev.crm.common.tenant;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Holds the tenant of the current thread. Set by the request filter from a verified token, or by an
 * event consumer from the event's tenant id; always cleared when that work ends.
 */
public final class TenantContext {

    private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();
    /** The MDC key of the tenant in log lines. */
    public static final String LOG_KEY = "tenant_id";

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

    /**
     * Runs work as the given tenant and restores whatever context was there before. The log lines it
     * writes carry the tenant ({@code tenant_id}): background work (imports, sending, purges, consumers)
     * as well as requests.
     */
    public static <T> T callAs(CurrentTenant tenant, Supplier<T> work) {
        CurrentTenant previous = CURRENT.get();
        String previousLogged = MDC.get(LOG_KEY);
        CURRENT.set(tenant);
        MDC.put(LOG_KEY, tenant.id().toString());
        try {
            return work.get();
        } finally {
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
            if (previousLogged == null) MDC.remove(LOG_KEY);
            else MDC.put(LOG_KEY, previousLogged);
        }
    }

    public static void runAs(CurrentTenant tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
