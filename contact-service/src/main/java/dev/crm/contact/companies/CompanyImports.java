package dev.crm.contact.companies;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Companies named by an imported contact row: found by canonical domain, or by name (ignoring case)
 * when the row has no domain, else created as {@code POST /api/companies} would.
 */
@Component
public class CompanyImports {

    private final CompanyRepository companies;
    private final CompanyService service;

    CompanyImports(CompanyRepository companies, CompanyService service) {
        this.companies = companies;
        this.service = service;
    }

    /** A row's company in canonical form; refuses a name-less company or a domain that is not one (naming the field). */
    public static Named named(String name, String domain) {
        CompanyData data = new CompanyData(name, domain, null, null, null, null, null, null, null).normalized();
        return new Named(data.name(), data.domain());
    }

    /** A company as an import row names it: {@code domain} is canonical or null. */
    public record Named(String name, String domain) {
        /** Rows naming the same company share this key within a file. */
        public String key() {
            return domain != null ? domain : "name:" + name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Optional<UUID> find(Named company) {
        return companies.findLiveIdByDomainOrName(company.domain(), company.name());
    }

    public UUID create(Named company) {
        return service.create(new CompanyData(company.name(), company.domain(), null, null, null, null, null, null, null)).id();
    }
}
