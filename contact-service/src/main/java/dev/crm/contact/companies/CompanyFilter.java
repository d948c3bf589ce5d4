package dev.crm.contact.companies;

import dev.crm.contact.search.Criteria;
import dev.crm.contact.search.TimeRanges;
import java.util.UUID;

/** The company list's own filters: owner, parent (a group's direct members), industry (ignoring case), and times. */
public record CompanyFilter(UUID ownerId, UUID parentId, String industry, TimeRanges times) {

    Criteria criteria() {
        Criteria criteria = new Criteria()
                .whereIfPresent("t.owner_id = cast(? as uuid)", ownerId)
                .whereIfPresent("t.parent_id = cast(? as uuid)", parentId)
                .whereIfPresent("lower(t.industry) = lower(?)", industry == null || industry.isBlank() ? null : industry.strip());
        return times == null ? criteria : times.addTo(criteria);
    }
}
