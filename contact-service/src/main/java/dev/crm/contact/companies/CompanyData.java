package dev.crm.contact.companies;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.TextFormats;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/**
 * What a client writes of a company, in POST, PUT and (after merging) PATCH. {@link #normalized()}
 * trims text, puts the domain in canonical form (taking it from the website when none is given) and
 * refuses a domain or website that is not one.
 */
record CompanyData(
        @Size(max = 200) String name,
        @Size(max = 2048) String domain,
        @Size(max = 100) String industry,
        @Pattern(regexp = SIZES, message = "must be one of 1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5001-10000, 10001+") String size,
        @Size(max = 2048) String website,
        UUID parentId,
        UUID ownerId,
        Map<String, Object> customFields,
        Long version) {

    static final String SIZES = "1-10|11-50|51-200|201-500|501-1000|1001-5000|5001-10000|10001\\+";

    /** The writable part of a company as clients see it: what a merge patch is applied to. */
    static CompanyData of(CompanyResponse c) {
        return new CompanyData(c.name(), c.domain(), c.industry(), c.size(), c.website(), c.parentId(), c.ownerId(),
                c.customFields(), c.version());
    }

    CompanyData normalized() {
        String cleanName = clean(name);
        if (cleanName == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "name", "A company needs a name.");
        String cleanWebsite = clean(website);
        if (cleanWebsite != null && !TextFormats.isWebAddress(cleanWebsite)) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "website", "is not a web address (https://...).");
        }
        String cleanDomain = clean(domain);
        String canonical = null;
        if (cleanDomain != null) {
            canonical = CompanyDomains.normalize(cleanDomain).orElseThrow(() ->
                    CrmException.onField(CommonError.VALIDATION_FAILED, "domain", "is not a domain name such as acme.com."));
        } else if (cleanWebsite != null) {
            canonical = CompanyDomains.normalize(cleanWebsite).orElse(null);
        }
        return new CompanyData(cleanName, canonical, clean(industry), clean(size), cleanWebsite, parentId, ownerId,
                customFields == null ? Map.of() : customFields, version);
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
