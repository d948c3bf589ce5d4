package dev.crm.contact.trash;

import dev.crm.common.cache.RecordCache;
import dev.crm.common.tenant.CurrentTenant;
import dev.crm.common.tenant.SchemaName;
import dev.crm.common.tenant.TenantContext;
import dev.crm.common.tenant.TenantDirectory;
import dev.crm.common.tenant.TenantRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges each active organization's trash, one transaction per organization, under an advisory lock
 * so that two instances never purge the same organization at once. A purged company is first let go
 * by the contacts and sub-companies that still point at it (they lose the link, nothing else).
 */
@Component
public class TrashPurge {

    private static final Logger log = LoggerFactory.getLogger(TrashPurge.class);

    private final TenantDirectory tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final RecordCache cache;

    TrashPurge(TenantDirectory tenants, JdbcTemplate jdbc, TransactionTemplate tx, RecordCache cache) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.tx = tx;
        this.cache = cache;
    }

    public record Purged(int contacts, int companies) {}

    @Scheduled(fixedDelayString = "${crm.trash.purge-interval:PT1H}", initialDelayString = "${crm.trash.purge-initial-delay:PT5M}")
    void purgeAll() {
        for (TenantRecord tenant : tenants.findAllMigratable()) {
            if (!tenant.isActive()) continue;
            try {
                Purged purged = purge(tenant);
                if (purged.contacts() + purged.companies() > 0) {
                    log.info("purged the trash of {}: {} contacts, {} companies", tenant.subdomain(), purged.contacts(), purged.companies());
                }
            } catch (RuntimeException e) {
                log.warn("could not purge the trash of {}; next round tries again", tenant.subdomain(), e);
            }
        }
    }

    /** Deletes for good what this organization trashed more than its retention ago; nothing when another instance is at it. */
    public Purged purge(TenantRecord tenant) {
        Purged purged = deleteExpired(tenant);
        if (purged.companies() > 0) {
            // live records that pointed at a purged company changed without a history entry: cached copies go
            TenantContext.runAs(CurrentTenant.of(tenant), () -> {
                cache.evictAll("contact");
                cache.evictAll("company");
            });
        }
        return purged;
    }

    private Purged deleteExpired(TenantRecord tenant) {
        String s = '"' + SchemaName.requireValid(tenant.schemaName()) + '"';
        return tx.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext('trash-purge'), hashtext(?))",
                    Boolean.class, tenant.schemaName()))) {
                return new Purged(0, 0);
            }
            // read now, not from the directory's cache: a shortened retention applies from the next round
            Integer days = jdbc.queryForObject("select trash_retention_days from public.tenants where id = ?", Integer.class, tenant.id());
            String expired = "deleted_at < now() - make_interval(days => " + days + ")";
            int contacts = jdbc.update("delete from " + s + ".contacts where " + expired);
            String expiredCompanies = "select id from " + s + ".companies where " + expired;
            jdbc.update("update " + s + ".contacts set company_id = null, version = version + 1 where company_id in (" + expiredCompanies + ")");
            jdbc.update("update " + s + ".companies set parent_id = null, version = version + 1 where parent_id in (" + expiredCompanies + ") and not (" + expired + ")");
            jdbc.update("update " + s + ".companies set parent_id = null where " + expired);
            int companies = jdbc.update("delete from " + s + ".companies where " + expired);
            return new Purged(contacts, companies);
        });
    }
}
