package dev.crm.contact.contacts;

import dev.crm.contact.search.Criteria;
import dev.crm.contact.search.TimeRanges;
import java.util.List;
import java.util.UUID;

/** The contact list's own filters: owner, company, tags (every one, ignoring case), and times. */
public record ContactFilter(UUID ownerId, UUID companyId, List<String> tags, TimeRanges times) {

    public Criteria criteria() {
        Criteria criteria = new Criteria()
                .whereIfPresent("t.owner_id = cast(? as uuid)", ownerId)
                .whereIfPresent("t.company_id = cast(? as uuid)", companyId);
        if (tags != null && !tags.isEmpty()) {
            criteria.whereContaining("public.crm_fold_array(t.tags) @> public.crm_fold_array(cast(? as text[]))", textArray(tags));
        }
        return times.addTo(criteria);
    }

    /** A PostgreSQL array literal, every element quoted. */
    private static String textArray(List<String> items) {
        StringBuilder literal = new StringBuilder("{");
        for (String item : items) {
            if (literal.length() > 1) literal.append(',');
            literal.append('"').append(item.strip().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
