package dev.crm.contact.companies;

import java.util.Map;
import java.util.UUID;

/** The writable part of a company, which a merge patch is applied to. */
record CompanyPatchView(String name, String domain, String industry, String size, String website, UUID parentId,
                        UUID ownerId, Map<String, Object> customFields, Long version) {

    static CompanyPatchView of(CompanyResponse c) {
        return new CompanyPatchView(c.name(), c.domain(), c.industry(), c.size(), c.website(), c.parentId(), c.ownerId(),
                c.customFields(), c.version());
    }
}
